package dev.geul.comment;

import java.time.Instant;

import dev.geul.post.PostKind;
import org.jspecify.annotations.Nullable;

/**
 * A comment was stored (not one put aside as spam); published inside the transaction that stored it.
 *
 * @param parentId the comment it answers, or null
 * @param status   whether it is shown or waits for approval
 */
public record CommentAdded(long commentId, @Nullable Long parentId, long postId, PostKind postKind, String postSlug,
                           String postTitle, String authorName, String body, CommentStatus status,
                           Instant createdAt) {
}
