package dev.geul.comment;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import dev.geul.base.NodeCoordination;
import dev.geul.base.ClientKey;
import dev.geul.base.RateLimitBuckets;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps comment floods out: a budget per client address and per post (see {@link CommentRateLimit}), in memory
 * on one node or in the database several nodes share ({@link RateLimitBuckets}).
 */
@Component
@EnableConfigurationProperties(CommentRateLimit.class)
public class CommentRateLimiter {

    /** Rows of expired buckets deleted at once, so that a purge never holds many rows locked. */
    static final int PURGE_BATCH = 1_000;

    /** Buckets of addresses not seen for a while are forgotten beyond this many. */
    static final int MAX_TRACKED = RateLimitBuckets.MAX_TRACKED;

    private final CommentRateLimit limit;
    private final RateLimitBuckets buckets;

    CommentRateLimiter(CommentRateLimit limit, Clock clock, DataSource dataSource,
                       NodeCoordination nodes) {
        this.limit = limit;
        this.buckets = new RateLimitBuckets(clock, dataSource, nodes);
    }

    /**
     * Takes one comment from the budgets of this address and this post.
     *
     * @return empty when the comment may be stored; otherwise how long the writer should wait
     */
    public Optional<Duration> tryAcquire(@Nullable String clientAddress, long postId) {
        if (!limit.enabled()) {
            return Optional.empty();
        }
        Bucket client = buckets.bucket("client:" + ClientKey.of(clientAddress), limit.perClient(), limit.period());
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

    /**
     * Deletes the shared buckets that are full again, so that addresses seen once do not stay in the database
     * forever; a batch at a time, skipping rows another node holds. Nothing to do for a single node.
     *
     * @return how many rows were deleted
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    public int forgetExpiredBuckets() {
        int deleted = 0;
        int batch;
        do {
            batch = buckets.removeExpired(PURGE_BATCH);
            deleted += batch;
        } while (batch == PURGE_BATCH);
        return deleted;
    }

    private static Duration wait(ConsumptionProbe probe) {
        return Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000_000L));
    }
}
