package dev.geul.comment;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import dev.geul.base.RateLimitBuckets;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps comment floods out: a budget per client address and per post (see {@link CommentRateLimit}), in memory
 * on one node or in the database several nodes share ({@link RateLimitBuckets}).
 */
@Component
@EnableConfigurationProperties(CommentRateLimit.class)
public class CommentRateLimiter {

    /** Buckets of addresses not seen for a while are forgotten beyond this many. */
    static final int MAX_TRACKED = RateLimitBuckets.MAX_TRACKED;

    private final CommentRateLimit limit;
    private final RateLimitBuckets buckets;

    CommentRateLimiter(CommentRateLimit limit, Clock clock, DataSource dataSource,
                       @Value("${geul.search.coordination:none}") String coordination) {
        this.limit = limit;
        this.buckets = new RateLimitBuckets(clock, dataSource, coordination);
    }

    /**
     * Takes one comment from the budgets of this address and this post.
     *
     * @return empty when the comment may be stored; otherwise how long the writer should wait
     */
    public Optional<Duration> tryAcquire(String clientAddress, long postId) {
        if (!limit.enabled()) {
            return Optional.empty();
        }
        Bucket client = buckets.bucket("client:" + (clientAddress == null ? "unknown" : clientAddress),
                limit.perClient(), limit.period());
        ConsumptionProbe byClient = client.tryConsumeAndReturnRemaining(1);
        if (!byClient.isConsumed()) {
            return Optional.of(wait(byClient));
        }
        ConsumptionProbe onPost = buckets.bucket("post:" + postId, limit.perPost(), limit.period())
                .tryConsumeAndReturnRemaining(1);
        if (!onPost.isConsumed()) {
            client.addTokens(1);
            return Optional.of(wait(onPost));
        }
        return Optional.empty();
    }

    private static Duration wait(ConsumptionProbe probe) {
        return Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000_000L));
    }
}
