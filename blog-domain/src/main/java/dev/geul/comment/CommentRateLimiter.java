package dev.geul.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.geul.base.ClientKey;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps comment floods out: a budget per client address and per post (see {@link CommentRateLimit}). One node holds
 * the budgets in memory (a restart forgets them, which is fine for a single blog); several nodes
 * ({@code GEUL_COORDINATION=outbox-polling}) hold them in the database they share, Bucket4j's PostgreSQL buckets,
 * so that a spammer cannot double his rate by alternating nodes. Time comes from the blog's {@link Clock}.
 */
@Component
@EnableConfigurationProperties(CommentRateLimit.class)
public class CommentRateLimiter {

    /** Rows of expired buckets deleted at once, so that a purge never holds many rows locked. */
    static final int PURGE_BATCH = 1_000;

    /** Buckets of addresses not seen for a while are forgotten beyond this many. */
    static final int MAX_TRACKED = 10_000;

    private final CommentRateLimit limit;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    /** The buckets in the shared database, or null for a single node. */
    private final ProxyManager<String> sharedBuckets;

    CommentRateLimiter(CommentRateLimit limit, Clock clock, javax.sql.DataSource dataSource,
                       @org.springframework.beans.factory.annotation.Value("${geul.search.coordination:none}")
                       String coordination) {
        this.limit = limit;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.sharedBuckets = !coordination.replace('_', '-').equalsIgnoreCase("outbox-polling") ? null
                : Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .clientClock(time)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
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
        Bucket client = bucket("client:" + ClientKey.of(clientAddress), limit.perClient());
        ConsumptionProbe byClient = client.tryConsumeAndReturnRemaining(1);
        if (!byClient.isConsumed()) {
            return Optional.of(wait(byClient));
        }
        ConsumptionProbe onPost = bucket("post:" + postId, limit.perPost()).tryConsumeAndReturnRemaining(1);
        if (!onPost.isConsumed()) {
            client.addTokens(1);
            return Optional.of(wait(onPost));
        }
        return Optional.empty();
    }

    /**
     * Deletes the shared buckets that are full again (Bucket4j writes when each will be, by the system's time, and
     * deletes by it), so that addresses seen once do not stay in the database forever; a batch at a time, skipping
     * rows another node holds. Nothing to do for a single node.
     *
     * @return how many rows were deleted
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    public int forgetExpiredBuckets() {
        if (!(sharedBuckets instanceof ExpiredEntriesCleaner cleaner)) {
            return 0;
        }
        int deleted = 0;
        int batch;
        do {
            batch = cleaner.removeExpired(PURGE_BATCH);
            deleted += batch;
        } while (batch == PURGE_BATCH);
        return deleted;
    }

    private Bucket bucket(String key, int capacity) {
        if (sharedBuckets != null) {
            return sharedBuckets.builder().build(key, () -> BucketConfiguration.builder()
                    .addLimit(bandwidth -> bandwidth.capacity(capacity).refillGreedy(capacity, limit.period()))
                    .build());
        }
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(bandwidth -> bandwidth.capacity(capacity).refillGreedy(capacity, limit.period()))
                    .withCustomTimePrecision(time)
                    .build());
        }
    }

    private static Duration wait(ConsumptionProbe probe) {
        return Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000_000L));
    }
}
