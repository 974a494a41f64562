package dev.geul.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How deliveries leave ({@code geul.webhooks.*}).
 *
 * @param allowPrivateNetworks whether endpoints in private networks (this machine, the LAN) may be called
 * @param timeout              how long one try may take, from connecting to the answer
 * @param maxAttempts          tries before a delivery is given up
 * @param batch                deliveries one node takes per round
 */
@ConfigurationProperties("geul.webhooks")
public record WebhookSettings(boolean allowPrivateNetworks, Duration timeout, Integer maxAttempts, Integer batch) {

    public WebhookSettings {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        maxAttempts = maxAttempts == null ? 8 : Math.max(1, maxAttempts);
        batch = batch == null ? 20 : Math.max(1, batch);
    }
}
