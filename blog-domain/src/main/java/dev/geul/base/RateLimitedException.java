package dev.geul.base;

import java.time.Duration;

/** Too many requests of one kind in a short time; the caller may try again after {@link #retryAfter()}. */
public class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;
    private final String key;

    public RateLimitedException(String message, Duration retryAfter) {
        this(null, message, retryAfter);
    }

    /**
     * @param key the translation of the message, e.g. {@code error.password.attempts}, with the seconds to wait
     *            as its argument {@code {0}}
     */
    public RateLimitedException(String key, String message, Duration retryAfter) {
        super(message);
        this.key = key;
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The message's translation key, or null for a message in English only. */
    public String key() {
        return key;
    }

    /** Whole seconds to wait, at least one, for a Retry-After header or a message. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
