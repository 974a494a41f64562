package dev.geul.post;

/**
 * Someone saved the post after the caller loaded it. The caller's text was not applied, but it was kept
 * as a revision ({@link #keptRevisionId()}), so nothing is lost; reload, compare and save again.
 */
public class EditConflictException extends RuntimeException {

    private final long currentVersion;
    private final long keptRevisionId;

    public EditConflictException(String title, long currentVersion, long keptRevisionId) {
        super("\"" + title + "\" was changed by someone else since you opened it. Your text was kept as revision "
                + keptRevisionId + "; reload to see both.");
        this.currentVersion = currentVersion;
        this.keptRevisionId = keptRevisionId;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public long keptRevisionId() {
        return keptRevisionId;
    }
}
