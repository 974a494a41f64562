package dev.geul.post;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.geul.account.BlogUser;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** A scheduled post is published once, however many geul nodes share the database. */
@SpringBootTest
class ScheduledPostPublisherIT {

    @Autowired
    ScheduledPostPublisher publisher;
    @Autowired
    PostEditor posts;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    BlogUser alice;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        alice = fixtures.author("alice");
    }

    @Test
    void while_another_node_publishes_this_one_leaves_the_due_posts_to_it() throws Exception {
        PostDetail created = as(alice, () -> posts.create(PostDraft.of("예약 글", "<p>아침에</p>")));
        as(alice, () -> posts.schedule(created.id(), clock.instant().plus(Duration.ofHours(1))));
        clock.advance(Duration.ofHours(2));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        // another node, in the middle of its round: it holds the job's lock in its transaction
        Thread otherNode = Thread.ofPlatform().start(() -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> {
                    assertThat(publisher.publishDuePosts()).isEqualTo(1);
                    locked.countDown();
                    try {
                        done.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        int publishedHere = publisher.publishDuePosts();

        done.countDown();
        otherNode.join();
        assertThat(publishedHere).isZero();
        assertThat(jdbc.queryForObject("select status from post where id = ?", String.class, created.id()))
                .isEqualTo("PUBLISHED");
        assertThat(publisher.publishDuePosts()).as("nothing is left to publish").isZero();
    }
}
