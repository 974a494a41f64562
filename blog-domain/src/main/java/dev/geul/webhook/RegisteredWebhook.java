package dev.geul.webhook;

/**
 * An endpoint just registered, with its secret: the only time the secret is shown. The receiver checks each
 * delivery's signature with it.
 */
public record RegisteredWebhook(Webhook webhook, String secret) {
}
