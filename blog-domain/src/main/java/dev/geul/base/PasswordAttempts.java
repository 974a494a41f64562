package dev.geul.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Guessing a password a reader types (a protected post's, a guest comment's) is slowed to a few tries per thing
 * and client: each check takes a token from the bucket of that pair (see {@link PasswordAttemptLimit}); a right
 * password gives its token back, so that a reader who knows the password is never slowed down. When the bucket
 * is empty even the right password is refused, or the refusal would tell a guesser he found it. Other clients
 * keep their own budgets: a guesser cannot lock a reader out.
 */
@Component
@EnableConfigurationProperties(PasswordAttemptLimit.class)
public class PasswordAttempts {

    /** The key of the refusal, its argument the seconds to wait. */
    public static final String REFUSAL_KEY = "error.password.attempts";

    private final PasswordAttemptLimit limit;
    private final RateLimitBuckets buckets;

    PasswordAttempts(PasswordAttemptLimit limit, Clock clock, DataSource dataSource,
                     NodeCoordination nodes) {
        this.limit = limit;
        this.buckets = new RateLimitBuckets(clock, dataSource, nodes);
    }

    /**
     * Checks a password, within the budget of this thing and client.
     *
     * @param subject   what the password opens, e.g. {@code post:12}
     * @param clientKey who is guessing (the client's address), null when unknown: all unknown clients share one
     *                  budget then
     * @param matches   the comparison itself; called only within the budget
     * @return whether the password matched
     * @throws RateLimitedException when this client tried too many wrong passwords on this thing lately
     */
    public boolean check(String subject, @Nullable String clientKey, BooleanSupplier matches) {
        if (!limit.enabled()) {
            return matches.getAsBoolean();
        }
        Bucket bucket = buckets.bucket("password:" + subject + "|" + ClientKey.of(clientKey),
                limit.perClient(), limit.period());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000_000L));
            throw new RateLimitedException(REFUSAL_KEY, "Too many wrong passwords; try again in "
                    + RateLimitedException.secondsOf(wait) + " seconds", wait);
        }
        boolean matched = matches.getAsBoolean();
        if (matched) {
            bucket.addTokens(1);
        }
        return matched;
    }

    /**
     * Whether two passwords are the same, in a time that tells neither how much of them matched nor how long the
     * right one is (both are digested first, then compared in constant time). A missing one matches nothing.
     */
    public static boolean sameText(@Nullable String expected, @Nullable String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(digest(expected), digest(given));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
