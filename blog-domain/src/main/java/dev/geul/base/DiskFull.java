package dev.geul.base;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Whether a failed write failed because the disk (or the user's quota) is full. The JDK reports it only as an
 * {@link IOException} carrying the system's message ({@code ENOSPC}: "No space left on device", {@code EDQUOT}:
 * "Disk quota exceeded"), so it is recognised by that message, anywhere in the chain of causes.
 */
public final class DiskFull {

    private DiskFull() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && mentionsFullDisk(cause instanceof FileSystemException file
                    ? file.getReason() + " " + file.getMessage() : cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsFullDisk(@Nullable String message) {
        if (message == null) {
            return false;
        }
        String text = message.toLowerCase(Locale.ROOT);
        return text.contains("no space left on device") || text.contains("disk quota exceeded")
                || text.contains("not enough space on the disk");
    }
}
