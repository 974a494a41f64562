package dev.geul.transfer;

import dev.geul.comment.CommentTransfer.CommentData;
import org.jspecify.annotations.Nullable;

/** A comment read from the archive, with the archive's ids of itself and of the comment it answers (null: none). */
public record PendingComment(String sourceId, @Nullable String parentSourceId, CommentData data, ReportText label) {
}
