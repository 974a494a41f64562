package dev.geul.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps comment floods out: a budget per client address and per post (see {@link CommentRateLimit}), held in
 * memory (a restart forgets it, which is fine for a single blog). Time comes from the blog's {@link Clock}.
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

    CommentRateLimiter(CommentRateLimit limit, Clock clock) {
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
