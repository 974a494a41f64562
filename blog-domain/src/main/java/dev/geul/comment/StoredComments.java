package dev.geul.comment;

import dev.geul.base.NotFoundException;
import dev.geul.post.Post;
import org.springframework.stereotype.Component;

/**
 * Comments as the writing and the moderating services find and hand them out, so that a comment looks the same
 * whichever of them returns it.
 */
@Component
class StoredComments {

    private final CommentRepository comments;
    private final CommentFormatter formatter;

    StoredComments(CommentRepository comments, CommentFormatter formatter) {
        this.comments = comments;
        this.formatter = formatter;
    }

    /** @throws NotFoundException for an unknown comment */
    Comment load(long id) {
        return comments.findById(id).orElseThrow(() -> new NotFoundException("Comment " + id));
    }

    CommentView view(Comment comment) {
        Post post = comment.getPost();
        return new CommentView(comment.getId(), post.getId(), post.getSlug(), post.getKind(), post.getTitle(),
                comment.getParent() == null ? null : comment.getParent().getId(), comment.getAuthorName(),
                comment.getBody(), formatter.toHtml(comment.getBody()), comment.getCreatedAt(), comment.getStatus(),
                comment.isSecret(), comment.isGuest(), comment.getClientAddress());
    }
}
