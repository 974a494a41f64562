package dev.geul.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.geul.base.InvalidInputException;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;

/** Many guests at once: every comment is stored or clearly refused; none is lost or stored twice. */
@SpringBootTest
class ConcurrentCommentsIT {

    static final int GUESTS = 50;

    @Autowired
    CommentService comments;
    @Autowired
    PostEditor posts;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    PostDetail post;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        post = as(fixtures.author("alice"), () -> posts.publish(posts.create(PostDraft.of("인기 글", "<p>x</p>")).id()));
    }

    @Test
    void fifty_guests_commenting_at_once_are_all_stored() throws Exception {
        List<Long> stored = runAtOnce(i -> NewComment.guest("손님" + i, "pw1234", i + "번째 손님의 댓글"));

        assertThat(stored).hasSize(GUESTS).doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("select body from comment", String.class)).hasSize(GUESTS).doesNotHaveDuplicates();
    }

    @Test
    void the_same_comment_sent_many_times_at_once_is_stored_once_and_the_rest_refused() throws Exception {
        List<Long> stored = runAtOnce(i -> NewComment.guest("성급한 손님", "pw1234", "한 번만 눌렀는데요"));

        assertThat(stored).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class)).isOne();
    }

    /** Sends GUESTS comments from as many threads at the same moment; returns the ids of those stored. */
    private List<Long> runAtOnce(java.util.function.IntFunction<NewComment> comment) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(GUESTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < GUESTS; i++) {
            NewComment input = comment.apply(i);
            Callable<Long> send = () -> {
                start.await();
                try {
                    return asGuest(() -> comments.add(post.id(), input, null, "10.0.0." + input.hashCode() % 250)).id();
                } catch (InvalidInputException refused) {
                    assertThat(refused.getMessage()).contains("already posted");
                    return null;
                }
            };
            results.add(pool.submit(send));
        }
        start.countDown();
        List<Long> stored = new ArrayList<>();
        for (Future<Long> result : results) {
            Long id = result.get();
            if (id != null) {
                stored.add(id);
            }
        }
        pool.shutdown();
        return stored;
    }
}
