package dev.geul.post;

/**
 * A post that readers saw changed: its published text was updated, it was taken back to a draft, or it went to the
 * trash. Published inside the transaction that made the change; going live is {@link PostWentLive}.
 */
public record PostChanged(long postId, Change change) {

    public enum Change {
        UPDATED,
        UNPUBLISHED,
        TRASHED
    }
}
