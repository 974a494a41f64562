package dev.geul.transfer;

import dev.geul.comment.CommentTransfer.CommentData;

/** A comment read from the archive, with the archive's ids of itself and of the comment it answers. */
public record PendingComment(String sourceId, String parentSourceId, CommentData data, ReportText label) {
}
