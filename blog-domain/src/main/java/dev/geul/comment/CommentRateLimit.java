package dev.geul.comment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many comments may come in, from {@code geul.comments.rate-limit.*}: at most {@code perClient} from one
 * address and {@code perPost} on one post within {@code period} (tokens come back evenly over the period).
 *
 * @param enabled   false turns the limits off
 */
@ConfigurationProperties("geul.comments.rate-limit")
public record CommentRateLimit(Boolean enabled, Integer perClient, Integer perPost, Duration period) {

    public CommentRateLimit {
        enabled = enabled == null || enabled;
        perClient = perClient == null ? 5 : perClient;
        perPost = perPost == null ? 30 : perPost;
        period = period == null ? Duration.ofMinutes(10) : period;
        if (perClient < 1 || perPost < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("geul.comments.rate-limit needs counts of at least 1 and a period");
        }
    }
}
