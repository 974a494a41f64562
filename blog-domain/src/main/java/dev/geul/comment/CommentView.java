package dev.geul.comment;

import java.time.Instant;

/** One stored comment with what moderators need to know about it. */
public record CommentView(long id, long postId, String postSlug, String postTitle, Long parentId, String authorName,
                          String body, String bodyHtml, Instant createdAt, CommentStatus status, boolean secret,
                          boolean guest, String clientAddress) {
}
