package dev.geul.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.geul.account.LoginFailures;
import dev.geul.account.Usernames;
import dev.geul.base.ClientKey;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting a stranger lock the owner out.
 *
 * <ul>
 * <li>Per account and address: {@value #FREE_FAILURES} failures within {@link #WINDOW} cost nothing; after that
 * each further try from that address waits {@link #FIRST_DELAY}, then twice as long after each failure (1 s, 2 s,
 * 4 s…), at most {@link #MAX_DELAY}. Another address is not slowed by them.</li>
 * <li>Per address: {@value #MAX_FAILURES_PER_ADDRESS} failures within the window, whatever the names, stop that
 * address until the window has passed (one address trying many names).</li>
 * <li>Per account: only far beyond that, {@value #HARD_LOCK_FAILURES} failures within {@link #HARD_LOCK_WINDOW}
 * from all addresses together, the name is locked, except from an address it signed in from successfully within
 * {@link #KNOWN_PLACE_MEMORY}: the owner keeps signing in from home while his name is under attack.</li>
 * </ul>
 * The account key is the name folded as the account lookup folds it ({@link Usernames#key}), so that no other
 * spelling of a name counts apart from it. Failures are counted by {@link LoginFailures}: in memory, or in the
 * database when several nodes share the blog.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final int HARD_LOCK_FAILURES = 100;
    static final Duration HARD_LOCK_WINDOW = Duration.ofHours(1);
    static final Duration KNOWN_PLACE_MEMORY = Duration.ofDays(90);

    private final LoginFailures failures;
    private final Clock clock;

    LoginThrottle(LoginFailures failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** How long this name must wait before it may be tried from this address; empty when it may be now. */
    Optional<Duration> waitBefore(String username, @Nullable String address) {
        String account = Usernames.key(username);
        String place = place(address);
        Instant now = clock.instant();
        int fromHere = failures.recent(pairKey(account, place), WINDOW);
        if (fromHere >= FREE_FAILURES) {
            Duration delay = delayAfter(fromHere);
            Optional<Instant> last = failures.lastFailure(pairKey(account, place), WINDOW);
            if (last.isPresent() && now.isBefore(last.get().plus(delay))) {
                return Optional.of(Duration.between(now, last.get().plus(delay)));
            }
        }
        if (address != null && failures.recent(addressKey(place), WINDOW) >= MAX_FAILURES_PER_ADDRESS) {
            return Optional.of(WINDOW);
        }
        if (failures.recent(accountKey(account), HARD_LOCK_WINDOW) >= HARD_LOCK_FAILURES
                && !failures.hasSignedInFrom(account, place, KNOWN_PLACE_MEMORY)) {
            return Optional.of(HARD_LOCK_WINDOW);
        }
        return Optional.empty();
    }

    /** 1 s after the first failure past the free ones, doubling with each, at most {@link #MAX_DELAY}. */
    static Duration delayAfter(int failuresFromHere) {
        int doublings = Math.min(failuresFromHere - FREE_FAILURES, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    void failed(String username, @Nullable String address) {
        String account = Usernames.key(username);
        failures.record(pairKey(account, place(address)));
        failures.record(accountKey(account));
        if (address != null) {
            failures.record(addressKey(place(address)));
        }
    }

    void succeeded(String username, @Nullable String address) {
        String account = Usernames.key(username);
        failures.clear(pairKey(account, place(address)));
        failures.signedIn(account, place(address));
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetOldFailures() {
        failures.forgetOlderThan(HARD_LOCK_WINDOW);
        failures.forgetSignInsOlderThan(KNOWN_PLACE_MEMORY);
    }

    private static String place(@Nullable String address) {
        return address == null ? ClientKey.UNKNOWN : ClientKey.of(address);
    }

    private static String pairKey(String account, String place) {
        return "user:" + account + "|" + place;
    }

    private static String accountKey(String account) {
        return "account:" + account;
    }

    private static String addressKey(String place) {
        return "address:" + place;
    }
}
