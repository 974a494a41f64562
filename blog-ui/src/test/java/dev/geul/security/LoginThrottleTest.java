package dev.geul.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The wait before the next try from a place grows with each failure there, and stays bounded. */
class LoginThrottleTest {

    @Test
    void the_wait_doubles_after_the_free_failures_and_never_passes_the_maximum() {
        assertThat(LoginThrottle.delayAfter(LoginThrottle.FREE_FAILURES)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.delayAfter(LoginThrottle.FREE_FAILURES + 1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delayAfter(LoginThrottle.FREE_FAILURES + 2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LoginThrottle.delayAfter(LoginThrottle.FREE_FAILURES + 10)).isEqualTo(LoginThrottle.MAX_DELAY);
        assertThat(LoginThrottle.delayAfter(1_000)).isEqualTo(LoginThrottle.MAX_DELAY);
    }

    @Test
    void the_hard_lock_needs_far_more_failures_than_slow_one_place_down() {
        assertThat(LoginThrottle.HARD_LOCK_FAILURES).isGreaterThanOrEqualTo(20 * LoginThrottle.FREE_FAILURES);
    }
}
