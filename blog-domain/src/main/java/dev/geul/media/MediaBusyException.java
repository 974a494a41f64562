package dev.geul.media;

import java.io.IOException;
import java.time.Duration;

/** Too many media files are being read at once; the reader may try again after {@link #retryAfter()}. */
public class MediaBusyException extends IOException {

    private final Duration retryAfter;

    MediaBusyException(Duration retryAfter) {
        super("Too many media files are being read at once");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
