package dev.geul.comment;

import java.time.Duration;

import javax.sql.DataSource;

import dev.geul.base.NodeCoordination;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two geul nodes on one database: each has its own limiter, and a guest who spreads his comments over both still
 * meets one budget.
 */
@SpringBootTest(properties = {"geul.search.coordination=outbox-polling",
        "geul.comments.rate-limit.per-client=3", "geul.comments.rate-limit.per-post=1000",
        "geul.comments.rate-limit.period=10m"})
class SharedLimitsIT {

    static final NodeCoordination SEVERAL_NODES = new NodeCoordination(NodeCoordination.Mode.OUTBOX_POLLING);

    @Autowired
    CommentRateLimit limit;
    @Autowired
    TestClock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BlogFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        jdbc.update("delete from rate_limit_bucket");
    }

    @Test
    void a_guest_alternating_nodes_meets_one_budget() {
        CommentRateLimiter nodeA = new CommentRateLimiter(limit, clock, dataSource, SEVERAL_NODES);
        CommentRateLimiter nodeB = new CommentRateLimiter(limit, clock, dataSource, SEVERAL_NODES);

        assertThat(nodeA.tryAcquire("203.0.113.7", 1)).isEmpty();
        assertThat(nodeB.tryAcquire("203.0.113.7", 1)).isEmpty();
        assertThat(nodeA.tryAcquire("203.0.113.7", 2)).isEmpty();

        assertThat(nodeB.tryAcquire("203.0.113.7", 3)).as("the fourth comment, on the other node").isPresent();
        assertThat(nodeA.tryAcquire("198.51.100.1", 3)).as("another guest").isEmpty();

        clock.advance(Duration.ofMinutes(10));
        assertThat(nodeB.tryAcquire("203.0.113.7", 3)).as("after the period").isEmpty();
    }

    @Test
    void every_address_of_one_ipv6_64_block_meets_one_budget() {
        CommentRateLimiter node = new CommentRateLimiter(limit, clock, dataSource, SEVERAL_NODES);

        for (int i = 1; i <= 3; i++) {
            assertThat(node.tryAcquire("2001:db8:7:7::" + i, 1)).isEmpty();
        }
        assertThat(node.tryAcquire("2001:db8:7:7::" + 4, 1)).as("a fourth address of the same /64").isPresent();
        assertThat(node.tryAcquire("2001:db8:7:8::1", 1)).as("the next /64").isEmpty();
    }

    @Test
    void buckets_that_are_full_again_are_deleted_and_those_still_counting_are_kept() {
        CommentRateLimiter node = new CommentRateLimiter(limit, clock, dataSource, SEVERAL_NODES);
        node.tryAcquire("203.0.113.7", 1);
        node.tryAcquire("198.51.100.1", 1);
        assertThat(jdbc.queryForObject("select count(*) from rate_limit_bucket", Long.class))
                .as("two clients and a post").isEqualTo(3);
        // Bucket4j writes when a bucket is full again by the system's time: the first client's was an hour ago
        jdbc.update("update rate_limit_bucket set expires_at = expires_at - 3600000 where id = 'client:203.0.113.7'");

        assertThat(node.forgetExpiredBuckets()).isOne();

        assertThat(jdbc.queryForList("select id from rate_limit_bucket", String.class))
                .containsExactlyInAnyOrder("client:198.51.100.1", "post:1");
        assertThat(node.forgetExpiredBuckets()).as("the others still count").isZero();
    }

    @Test
    void one_node_keeps_its_budgets_in_memory_and_nothing_in_the_database() {
        CommentRateLimiter single = new CommentRateLimiter(limit, clock, dataSource, NodeCoordination.ONE_NODE);

        for (int i = 0; i < 3; i++) {
            assertThat(single.tryAcquire("203.0.113.7", 1)).isEmpty();
        }
        assertThat(single.tryAcquire("203.0.113.7", 1)).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from rate_limit_bucket", Long.class)).isZero();
    }
}
