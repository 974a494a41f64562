package dev.geul.mail;

import java.time.Instant;

/**
 * A reader who subscribed by e-mail, as the admin sees them.
 *
 * @param token keys their confirmation and unsubscribe links; never shown to others
 */
public record Subscriber(long id, String email, State state, String token, Instant createdAt, Instant confirmedAt) {

    public enum State {
        /** Subscribed, the confirmation link not followed yet: mailed nothing but that link. */
        PENDING,
        CONFIRMED,
        UNSUBSCRIBED
    }
}
