package dev.geul.base;

/**
 * A write refused because the disk it goes to is full. Nothing of it was kept; the blog goes on serving what it
 * has, and the write can be tried again once space is freed.
 */
public class StorageFullException extends UnavailableException {

    /** The message's translation key. */
    public static final String KEY = "error.storage.full";

    public StorageFullException(String what, Throwable cause) {
        super(KEY, "The disk is full: " + what + " could not be stored; free some space and try again", null, cause);
    }
}
