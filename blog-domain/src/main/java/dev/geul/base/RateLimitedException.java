package dev.geul.base;

import java.time.Duration;

/** Too many requests of one kind in a short time; the caller may try again after {@link #retryAfter()}. */
public non-sealed class RateLimitedException extends Refusal {

    private final Duration retryAfter;

    /**
     * @param key the translation of the message, e.g. {@code error.password.attempts}, with the seconds to wait
     *            as its argument {@code {0}}
     */
    public RateLimitedException(String key, String message, Duration retryAfter) {
        super(key, null, message, null, secondsOf(retryAfter));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, at least one, for a Retry-After header or a message. */
    public long retryAfterSeconds() {
        return secondsOf(retryAfter);
    }

    /** Whole seconds, at least one, of a wait. */
    public static long secondsOf(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }
}
