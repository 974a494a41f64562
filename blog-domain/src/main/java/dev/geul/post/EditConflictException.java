package dev.geul.post;

import dev.geul.base.ConflictException;

/**
 * Someone saved the post after the caller loaded it. The caller's text was not applied, but it was kept
 * as a revision ({@link #keptRevisionId()}), so nothing is lost; reload, compare and save again.
 */
public class EditConflictException extends ConflictException {

    /** The message's key: the post's title as {@code {0}}, the revision that kept the text as {@code {1}}. */
    public static final String KEY = "error.edit.conflict";

    private final long currentVersion;
    private final long keptRevisionId;

    public EditConflictException(String title, long currentVersion, long keptRevisionId) {
        super(KEY, "version", "\"" + title + "\" was changed by someone else since you opened it. Your text was kept"
                + " as revision " + keptRevisionId + "; reload to see both.", title, Long.toString(keptRevisionId));
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
