package dev.geul.reader;

import java.util.List;
import java.util.Set;

import dev.geul.comment.Comment;
import dev.geul.comment.CommentNode;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentStatus;
import dev.geul.post.PostDetail;
import dev.geul.reader.PostModels.CommentForm;
import dev.geul.reader.PostModels.CommentItem;
import dev.geul.reader.PostModels.Comments;
import org.springframework.stereotype.Component;

/** A post's comments as the page shows them: the thread, then the form to write one. */
@Component
class CommentThread {

    private final CommentService comments;
    private final CommentTokens tokens;
    private final ReaderText text;
    private final ReaderDates dates;

    CommentThread(CommentService comments, CommentTokens tokens, ReaderText text, ReaderDates dates) {
        this.comments = comments;
        this.tokens = tokens;
        this.text = text;
        this.dates = dates;
    }

    /** What the reader typed, and what was wrong with it, when a comment is refused. */
    record Draft(String name, String body, boolean secret, Long parentId, String postPassword, String nameError,
                 String passwordError, String bodyError, String error, String email, boolean notifyReplies,
                 String emailError) {

        static Draft empty(Long parentId, String postPassword) {
            return new Draft("", "", false, parentId, postPassword, null, null, null, null, "", false, null);
        }
    }

    Comments of(PostDetail post, String permalink, Draft draft, String notice) {
        List<CommentNode> tree = comments.tree(post.id(), Set.of());
        long count = CommentNode.flatten(tree).stream().filter(node -> !node.hidden() || node.secret()).count();
        List<CommentItem> items = tree.stream().map(node -> item(node, permalink, post.commentsOpen())).toList();
        String replyingTo = draft.parentId() == null ? null : CommentNode.flatten(tree).stream()
                .filter(node -> node.id() == draft.parentId()).map(CommentNode::authorName).findFirst().orElse(null);
        Long parentId = replyingTo == null ? null : draft.parentId();
        CommentForm form = new CommentForm(permalink + "/comments", tokens.issue(post.id()), draft.name(),
                draft.body(), draft.secret(), parentId,
                replyingTo == null ? null : text.getTranslation("reader.comment.replyingto", replyingTo),
                permalink + "#comment-form", draft.postPassword(), draft.nameError(), draft.passwordError(),
                draft.bodyError(), draft.error(), Comment.AUTHOR_NAME_MAX_LENGTH, Comment.GUEST_PASSWORD_MAX_LENGTH,
                Comment.BODY_MAX_LENGTH, draft.email(), draft.notifyReplies(), draft.emailError(),
                Comment.AUTHOR_EMAIL_MAX_LENGTH);
        return new Comments(text.getTranslation("comment.title") + " " + count, count, items, items.isEmpty(),
                post.commentsOpen(), notice, form);
    }

    private CommentItem item(CommentNode node, String permalink, boolean open) {
        List<CommentItem> replies = node.replies().stream().map(reply -> item(reply, permalink, open)).toList();
        String replyUrl = open && !node.hidden() ? permalink + "?reply=" + node.id() + "#comment-form" : null;
        return new CommentItem(node.id(), "comment-" + node.id(), node.authorName(), dates.dateTime(node.createdAt()),
                ReaderDates.iso(node.createdAt()), node.hidden() ? "" : node.bodyHtml(), node.secret(), node.hidden(),
                node.status() == CommentStatus.PENDING, node.byPostAuthor(), replyUrl, replies, !replies.isEmpty());
    }
}
