package dev.geul.media;

/**
 * A file the blog's media does not take, and why: not a kind of file geul keeps (an author uploads PNG, JPEG, GIF
 * and WebP images; an import also brings PDF and zip files), or larger than the limit. The caller says it in its
 * own words: beside the upload, or as a line of an import's report.
 */
public class MediaRefusedException extends Exception {

    /** Why a file was refused. */
    public enum Reason { NOT_AN_IMAGE, TOO_LARGE }

    private final Reason reason;

    MediaRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
