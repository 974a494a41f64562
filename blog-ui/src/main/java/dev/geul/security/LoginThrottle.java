package dev.geul.security;

import java.time.Duration;

import dev.geul.account.LoginFailures;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins within {@link #WINDOW} for one username,
 * or ten times as many from one address, further attempts are refused until the window has passed. The failures
 * are counted by {@link LoginFailures}: in memory, or in the database when several nodes share the blog. Many
 * made-up usernames push out the ones unseen longest, never the lock-out of the account under attack.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final LoginFailures failures;

    LoginThrottle(LoginFailures failures) {
        this.failures = failures;
    }

    boolean isBlocked(String username, String address) {
        return failures.recent(userKey(username), WINDOW) >= MAX_FAILURES
                || (address != null && failures.recent(addressKey(address), WINDOW) >= MAX_FAILURES_PER_ADDRESS);
    }

    void failed(String username, String address) {
        failures.record(userKey(username));
        if (address != null) {
            failures.record(addressKey(address));
        }
    }

    void succeeded(String username) {
        failures.clear(userKey(username));
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetOldFailures() {
        failures.forgetOlderThan(WINDOW);
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase());
    }

    private static String addressKey(String address) {
        return "address:" + dev.geul.base.ClientKey.of(address);
    }
}
