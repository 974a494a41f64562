package dev.geul.transfer;

import dev.geul.base.InvalidInputException;

/** The file cannot be read as a WordPress export; the message says where and why. */
public class WxrFormatException extends InvalidInputException {

    public WxrFormatException(String message, Throwable cause) {
        super("file", message);
        if (cause != null) {
            initCause(cause);
        }
    }
}
