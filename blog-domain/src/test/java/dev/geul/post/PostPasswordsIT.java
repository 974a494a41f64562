package dev.geul.post;

import java.time.Duration;

import dev.geul.account.BlogUser;
import dev.geul.base.PasswordAttempts;
import dev.geul.base.RateLimitedException;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A protected post's password cannot be guessed: a few tries per client, and guessers do not lock readers out. */
@SpringBootTest
class PostPasswordsIT {

    @Autowired
    PostEditor posts;
    @Autowired
    PostReader reader;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;

    BlogUser alice;
    PostDetail post;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        alice = fixtures.author("alice");
        post = as(alice, () -> posts.publish(posts.create(PostDraft.of("암호 글", "<p>비밀 내용</p>")
                .withVisibility(Visibility.PASSWORD, "열려라참깨")).id()));
    }

    private PostDetail unlock(String password, String client) {
        return asGuest(() -> reader.unlock(post.slug(), password, client)).orElseThrow();
    }

    @Test
    void two_hundred_wrong_passwords_from_one_client_are_stopped_while_another_client_still_unlocks() {
        String guesser = "198.51.100.7";
        RateLimitedException limited = null;
        int refusedAsWrong = 0;
        for (int i = 0; i < 200 && limited == null; i++) {
            try {
                assertThat(unlock("guess-" + i, guesser).locked()).isTrue();
                refusedAsWrong++;
            } catch (RateLimitedException e) {
                limited = e;
            }
        }

        assertThat(limited).as("the guesser is stopped").isNotNull();
        assertThat(refusedAsWrong).isLessThanOrEqualTo(10);
        assertThat(limited.key()).isEqualTo(PasswordAttempts.REFUSAL_KEY);
        assertThat(limited.retryAfterSeconds()).isPositive();
        // the right password does not get through either, or the refusal would tell him he found it
        assertThat(catchThrowableOfType(RateLimitedException.class, () -> unlock("열려라참깨", guesser))).isNotNull();

        PostDetail reader = unlock("열려라참깨", "203.0.113.20");
        assertThat(reader.locked()).isFalse();
        assertThat(reader.contentHtml()).isEqualTo("<p>비밀 내용</p>");

        clock.advance(Duration.ofHours(1));
        assertThat(unlock("열려라참깨", guesser).locked()).as("the budget refills").isFalse();
    }

    @Test
    void a_reader_who_knows_the_password_is_never_slowed_and_no_password_costs_no_try() {
        String client = "203.0.113.21";
        for (int i = 0; i < 50; i++) {
            assertThat(unlock("열려라참깨", client).locked()).isFalse();
            assertThat(unlock(null, client).locked()).isTrue();
        }
        assertThat(unlock("열려라참깨", client).contentHtml()).isEqualTo("<p>비밀 내용</p>");
    }

    @Test
    void the_password_must_match_exactly_and_the_author_reads_without_it() {
        assertThat(unlock("열려라참깨 ", "203.0.113.22").locked()).isTrue();
        assertThat(unlock("열려라참", "203.0.113.22").locked()).isTrue();
        assertThat(as(alice, () -> reader.unlock(post.slug(), null, "203.0.113.22")).orElseThrow().locked()).isFalse();
    }
}
