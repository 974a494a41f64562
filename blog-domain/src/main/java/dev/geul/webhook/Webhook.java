package dev.geul.webhook;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An endpoint as the admin sees it; never its secret, which is shown once when it is registered.
 *
 * @param lastOutcome how its newest delivery went, or null before the first
 */
public record Webhook(long id, String url, Set<WebhookEvent> events, @Nullable String description, boolean active,
                      Instant createdAt, WebhookDelivery.@Nullable State lastOutcome) {

    public static final int URL_MAX_LENGTH = 2000;
    public static final int DESCRIPTION_MAX_LENGTH = 200;
}
