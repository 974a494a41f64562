package dev.geul.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
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
        Bucket client = bucket("client:" + (clientAddress == null ? "unknown" : clientAddress), limit.perClient());
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
