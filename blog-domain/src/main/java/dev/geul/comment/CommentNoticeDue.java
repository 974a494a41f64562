package dev.geul.comment;

import dev.geul.post.PostKind;

/**
 * Someone other than the post's author commented; published inside the transaction that stored it.
 *
 * @param pending whether the comment waits for approval
 */
public record CommentNoticeDue(long commentId, PostKind postKind, String postSlug, String postTitle,
                               String authorName, String text, boolean pending) {
}
