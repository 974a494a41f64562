package dev.geul.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A reader's subscription by e-mail, to the whole blog or to one category, as the admin sees it. One address may
 * hold several (the blog, and categories), each confirmed and unsubscribed on its own.
 *
 * @param token        keys their confirmation and unsubscribe links; never shown to others
 * @param categorySlug the category subscribed to, or null for the whole blog
 * @param categoryName that category's name, or null
 */
public record Subscriber(long id, String email, State state, String token, Instant createdAt,
                         @Nullable Instant confirmedAt, @Nullable String categorySlug, @Nullable String categoryName) {

    public enum State {
        /** Subscribed, the confirmation link not followed yet: mailed nothing but that link. */
        PENDING,
        CONFIRMED,
        UNSUBSCRIBED
    }

    public boolean wholeBlog() {
        return categorySlug == null;
    }
}
