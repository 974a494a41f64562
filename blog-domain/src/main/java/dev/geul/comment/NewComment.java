package dev.geul.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A comment as a reader submits it.
 *
 * @param authorName a guest's name; ignored for signed-in commenters
 * @param password   a guest's password, to edit or delete the comment later; ignored for signed-in commenters
 * @param parentId   the comment this one replies to, or null
 * @param secret     shown only to the post's author and the commenter
 * @param email      a guest's address, never shown; null when they gave none
 * @param notifyReplies whether the guest asks to be mailed when someone replies (needs {@code email})
 */
public record NewComment(
        @Size(max = Comment.AUTHOR_NAME_MAX_LENGTH, message = "{error.comment.name.long}") @Nullable String authorName,
        @NotBlank(message = "{error.comment.empty}")
        @Size(max = Comment.BODY_MAX_LENGTH, message = "{error.comment.long}") String body,
        @Size(max = Comment.GUEST_PASSWORD_MAX_LENGTH, message = "{error.comment.password.long}")
        @Nullable String password,
        @Nullable Long parentId,
        boolean secret,
        @Email(message = "{error.comment.email}")
        @Size(max = Comment.AUTHOR_EMAIL_MAX_LENGTH, message = "{error.comment.email}") @Nullable String email,
        boolean notifyReplies) {

    public NewComment(@Nullable String authorName, String body, @Nullable String password, @Nullable Long parentId,
                      boolean secret) {
        this(authorName, body, password, parentId, secret, null, false);
    }

    public static NewComment guest(String name, String password, String body) {
        return new NewComment(name, body, password, null, false);
    }

    public static NewComment signedIn(String body) {
        return new NewComment(null, body, null, null, false);
    }

    public NewComment replyTo(@Nullable Long parent) {
        return new NewComment(authorName, body, password, parent, secret, email, notifyReplies);
    }

    public NewComment asSecret() {
        return new NewComment(authorName, body, password, parentId, true, email, notifyReplies);
    }

    /** The guest's address, and that they want a mail when someone replies. */
    public NewComment notifyingRepliesTo(String address) {
        return new NewComment(authorName, body, password, parentId, secret, address, true);
    }
}
