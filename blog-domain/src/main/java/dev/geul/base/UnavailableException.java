package dev.geul.base;

import java.time.Duration;

/**
 * The blog cannot do this now, through nobody's fault in the request: a disk is full, the search index does not
 * answer, the database is away. Nothing was kept; the same request can come again later.
 */
public non-sealed class UnavailableException extends Refusal {

    private final Duration retryAfter;

    /**
     * @param retryAfter when trying again makes sense, or null when that depends on someone freeing space or
     *                   starting a server
     */
    public UnavailableException(String key, String message, Duration retryAfter, Throwable cause) {
        super(key, null, message, cause);
        this.retryAfter = retryAfter;
    }

    /** When to try again, or null when no time can be said. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
