package dev.geul.comment;

import java.time.Clock;

import dev.geul.account.BlogUser;
import dev.geul.account.CurrentUser;
import dev.geul.base.InvalidInputException;
import dev.geul.base.RateLimitedException;
import dev.geul.post.Post;
import dev.geul.post.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change or delete a comment once it is written, and while its post still allows it. Unlike moderation
 * ({@link CommentPermissions}), a guest proves they wrote a comment with its password, so these checks run in the
 * service, where the password is at hand.
 */
@Component
class CommentChanges {

    private final GuestPasswords guestPasswords;
    private final Clock clock;

    CommentChanges(GuestPasswords guestPasswords, Clock clock) {
        this.guestPasswords = guestPasswords;
        this.clock = clock;
    }

    /**
     * @throws AccessDeniedException when the caller is not the writer, or the password does not match
     * @throws RateLimitedException  when this client tried too many passwords on this comment lately
     */
    void requireWriterOrAdmin(Comment comment, @Nullable String guestPassword, @Nullable String clientKey) {
        BlogUser viewer = CurrentUser.get().orElse(null);
        if (viewer != null && viewer.isAdmin()) {
            return;
        }
        if (comment.getAccount() != null) {
            if (viewer == null || comment.getAccount().getId() != viewer.accountId()) {
                throw new AccessDeniedException("Only the writer of this comment can change it");
            }
            return;
        }
        if (!guestPasswords.matches(comment, guestPassword, clientKey)) {
            throw new AccessDeniedException("The password does not match this comment");
        }
    }

    boolean isPostAuthorOrAdmin(Comment comment) {
        BlogUser viewer = CurrentUser.get().orElse(null);
        return viewer != null && (viewer.isAdmin() || comment.getPost().getAuthor().getId() == viewer.accountId());
    }

    /**
     * A writer changes a comment only where readers still see it and may still comment.
     *
     * @throws InvalidInputException for a post that is closed to comments or can no longer be read
     */
    void requireOpenPost(Post post) {
        if (!post.isLive(clock.instant()) || post.getVisibility() == Visibility.PRIVATE) {
            throw new InvalidInputException("body", "error.comment.postGone",
                    "This post can no longer be read: its comments cannot be changed");
        }
        if (!post.isCommentsOpen()) {
            throw new InvalidInputException("body", "error.comment.closed", "Comments are closed on this post");
        }
    }
}
