package dev.geul.comment;

import java.util.Map;

/** How many comments wait, are shown, or were put aside as spam, for the one who moderates them. */
public record ModerationCounts(Map<CommentStatus, Long> byStatus) {

    /** The order moderators look at comments in: what waits for them first. */
    private static final CommentStatus[] ATTENTION_ORDER = {
            CommentStatus.PENDING, CommentStatus.APPROVED, CommentStatus.SPAM};

    public ModerationCounts {
        byStatus = Map.copyOf(byStatus);
    }

    public long of(CommentStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** The first state, in the order moderators look at them, that holds any comment; waiting ones when none does. */
    public CommentStatus firstWithComments() {
        for (CommentStatus status : ATTENTION_ORDER) {
            if (of(status) > 0) {
                return status;
            }
        }
        return CommentStatus.PENDING;
    }
}
