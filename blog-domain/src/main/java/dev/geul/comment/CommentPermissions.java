package dev.geul.comment;

import dev.geul.account.BlogUser;
import dev.geul.account.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who moderates a comment: admins, and the author of the post it was left on. */
@Component("commentPermissions")
@Transactional(readOnly = true)
public class CommentPermissions {

    private final CommentRepository comments;

    CommentPermissions(CommentRepository comments) {
        this.comments = comments;
    }

    public boolean canModerate(Long commentId) {
        BlogUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return false;
        }
        if (user.isAdmin()) {
            return true;
        }
        return commentId == null || comments.findById(commentId)
                .map(comment -> comment.getPost().getAuthor().getId() == user.accountId())
                .orElse(true);
    }
}
