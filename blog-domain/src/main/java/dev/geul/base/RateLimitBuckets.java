package dev.geul.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.jspecify.annotations.Nullable;

/**
 * Token buckets for the blog's limits (comments, password guesses). One node holds them in memory (a restart
 * forgets them, which is fine for a single blog); several nodes ({@code GEUL_COORDINATION=outbox-polling}) hold
 * them in the database they share, Bucket4j's PostgreSQL buckets, so that nobody doubles his rate by alternating
 * nodes. Time comes from the blog's {@link Clock}, so that tests move it by hand.
 */
public final class RateLimitBuckets {

    /** Buckets unseen longest are forgotten beyond this many (memory only). */
    public static final int MAX_TRACKED = 10_000;
    /** The shared table's key column holds this many characters. */
    static final int MAX_KEY_LENGTH = 200;

    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED;
        }
    };
    /** The buckets in the shared database, or null for a single node. */
    private final @Nullable ProxyManager<String> sharedBuckets;

    /** @param nodes whether several nodes share the database: then so do the buckets */
    public RateLimitBuckets(Clock clock, DataSource dataSource, NodeCoordination nodes) {
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
        this.sharedBuckets = !nodes.shared() ? null
                : Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .clientClock(time)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    /** The bucket of this key: {@code capacity} tokens, all of them coming back evenly over {@code period}. */
    public Bucket bucket(String key, int capacity, Duration period) {
        String id = key.length() <= MAX_KEY_LENGTH ? key : key.substring(0, MAX_KEY_LENGTH);
        if (sharedBuckets != null) {
            return sharedBuckets.builder().build(id, () -> BucketConfiguration.builder()
                    .addLimit(bandwidth -> bandwidth.capacity(capacity).refillGreedy(capacity, period))
                    .build());
        }
        synchronized (buckets) {
            return buckets.computeIfAbsent(id, k -> Bucket.builder()
                    .addLimit(bandwidth -> bandwidth.capacity(capacity).refillGreedy(capacity, period))
                    .withCustomTimePrecision(time)
                    .build());
        }
    }

    /**
     * Deletes up to {@code batch} shared buckets that are full again (Bucket4j writes when each will be, by the
     * system's time, and deletes by it), so that addresses seen once do not stay in the database forever.
     *
     * @return how many rows were deleted; 0 for a single node
     */
    public int removeExpired(int batch) {
        return sharedBuckets instanceof io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner cleaner
                ? cleaner.removeExpired(batch) : 0;
    }
}
