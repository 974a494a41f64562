package dev.geul.transfer;

import dev.geul.base.InvalidInputException;

/** The file cannot be read as the archive it should be (a WordPress export, a Tistory backup); the message says where and why. */
public class ArchiveFormatException extends InvalidInputException {

    public ArchiveFormatException(String message, Throwable cause) {
        super("file", message);
        if (cause != null) {
            initCause(cause);
        }
    }
}
