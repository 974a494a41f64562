package dev.geul.base;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The blog cannot do this now, through nobody's fault in the request: a disk is full, the search index does not
 * answer, the database is away. Nothing was kept; the same request can come again later.
 */
public non-sealed class UnavailableException extends Refusal {

    private final @Nullable Duration retryAfter;

    /**
     * @param retryAfter when trying again makes sense, or null when that depends on someone freeing space or
     *                   starting a server
     */
    public UnavailableException(String key, String message, @Nullable Duration retryAfter,
                                @Nullable Throwable cause) {
        super(key, null, message, cause);
        this.retryAfter = retryAfter;
    }

    /** When to try again, or null when no time can be said. */
    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
