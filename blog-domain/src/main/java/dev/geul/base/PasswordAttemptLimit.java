package dev.geul.base;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many passwords one client may try on one protected post or guest comment, from
 * {@code geul.password-attempts.*}: {@code perClient} within {@code period} (tries come back evenly over the
 * period; a right password costs none).
 *
 * @param enabled false turns the limit off
 */
@ConfigurationProperties("geul.password-attempts")
public record PasswordAttemptLimit(Boolean enabled, Integer perClient, Duration period) {

    public PasswordAttemptLimit {
        enabled = enabled == null || enabled;
        perClient = perClient == null ? 10 : perClient;
        period = period == null ? Duration.ofMinutes(15) : period;
        if (perClient < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("geul.password-attempts needs a count of at least 1 and a period");
        }
    }
}
