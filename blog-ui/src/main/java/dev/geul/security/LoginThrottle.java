package dev.geul.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins within {@link #WINDOW} for one username,
 * or ten times as many from one address, further attempts are refused until the window has passed.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Bounds memory under a flood of made-up usernames; old entries go first. */
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isBlocked(String username, String address) {
        return recentFailures(userKey(username)) >= MAX_FAILURES
                || (address != null && recentFailures(addressKey(address)) >= MAX_FAILURES_PER_ADDRESS);
    }

    void failed(String username, String address) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        record(userKey(username));
        if (address != null) {
            record(addressKey(address));
        }
    }

    void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > MAX_FAILURES_PER_ADDRESS) {
                times.removeFirst();
            }
        }
    }

    private int recentFailures(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant since = clock.instant().minus(WINDOW);
        synchronized (times) {
            times.removeIf(time -> time.isBefore(since));
            return times.size();
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase());
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
