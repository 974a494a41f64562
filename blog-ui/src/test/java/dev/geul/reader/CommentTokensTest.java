package dev.geul.reader;

import java.time.Duration;

import dev.geul.testing.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentTokensTest {

    @Test
    void a_token_is_good_for_its_post_for_a_day_and_not_for_another_post_or_another_blog() {
        TestClock clock = new TestClock();
        CommentTokens tokens = new CommentTokens("secret of this blog", clock);
        String token = tokens.issue(7);

        assertThat(tokens.isValid(7, token)).isTrue();
        assertThat(tokens.isValid(8, token)).isFalse();
        assertThat(new CommentTokens("another blog", clock).isValid(7, token)).isFalse();
        assertThat(tokens.isValid(7, "garbage")).isFalse();
        clock.advance(Duration.ofHours(23));
        assertThat(tokens.isValid(7, token)).isTrue();
        clock.advance(Duration.ofHours(2));
        assertThat(tokens.isValid(7, token)).isFalse();
    }
}
