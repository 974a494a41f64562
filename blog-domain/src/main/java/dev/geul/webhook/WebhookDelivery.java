package dev.geul.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One event sent to one endpoint, with every try.
 *
 * @param key           the id the receiver gets in {@code X-Geul-Delivery}; the same on every try, so that a
 *                      receiver can tell a repeated delivery from a new one
 * @param nextAttemptAt when it is tried again, or null once delivered or given up
 */
public record WebhookDelivery(long id, UUID key, WebhookEvent event, Instant createdAt, State state, int attempts,
                              @Nullable Instant nextAttemptAt, List<Attempt> history) {

    public enum State {
        /** Not tried yet, or tried and waiting for its next try. */
        WAITING,
        /** The receiver answered 2xx. */
        DELIVERED,
        /** Every try failed; it is not tried again. */
        GIVEN_UP
    }

    /**
     * One try.
     *
     * @param statusCode the receiver's answer, or null when there was none
     * @param error      why it failed, or null when the receiver answered 2xx
     */
    public record Attempt(Instant at, Integer statusCode, String error, long durationMillis) {
    }
}
