package dev.geul.transfer;

import dev.geul.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The file cannot be read as the archive it should be (a WordPress export, a Tistory backup); the message says where and why. */
public class ArchiveFormatException extends InvalidInputException {

    /** The message's key where the format says its reason in English only; the reason is its argument. */
    public static final String KEY = "error.import.format";

    public ArchiveFormatException(String message, @Nullable Throwable cause) {
        super("file", KEY, message, message);
        if (cause != null) {
            initCause(cause);
        }
    }

    private ArchiveFormatException(String key, String message, Object[] args) {
        super("file", key, message, args);
    }

    /** A refusal the studio says in its reader's language: {@code key} with {@code args}, {@code message} in English. */
    static ArchiveFormatException keyed(String key, String message, Object... args) {
        return new ArchiveFormatException(key, message, args);
    }
}
