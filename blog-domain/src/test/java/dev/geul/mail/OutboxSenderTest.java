package dev.geul.mail;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxSenderTest {

    @Test
    void a_mail_that_failed_waits_longer_after_each_try_and_never_more_than_six_hours() {
        assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.backoff(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxSender.backoff(40)).isEqualTo(Duration.ofHours(6));
    }
}
