package dev.geul.account;

import java.time.Duration;

import dev.geul.base.NodeCoordination;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed sign-ins count wherever they happen: on one node in memory, on several in their shared database. */
@SpringBootTest
class LoginFailuresIT {

    static final Duration WINDOW = Duration.ofMinutes(15);

    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BlogFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        jdbc.update("delete from login_failure");
        jdbc.update("delete from login_success");
    }

    @Test
    void failures_on_one_node_lock_the_account_on_the_other() {
        LoginFailures nodeA = new LoginFailures(clock, jdbc, new NodeCoordination(NodeCoordination.Mode.OUTBOX_POLLING));
        LoginFailures nodeB = new LoginFailures(clock, jdbc, new NodeCoordination(NodeCoordination.Mode.OUTBOX_POLLING));

        for (int i = 0; i < 3; i++) {
            nodeA.record("user:admin");
            nodeB.record("user:admin");
        }

        assertThat(nodeB.recent("user:admin", WINDOW)).isEqualTo(6);
        clock.advance(WINDOW.plusSeconds(1));
        assertThat(nodeA.recent("user:admin", WINDOW)).isZero();
        nodeA.forgetOlderThan(WINDOW);
        assertThat(jdbc.queryForObject("select count(*) from login_failure", Long.class)).isZero();
    }

    @Test
    void a_flood_of_made_up_names_does_not_lift_the_lock_on_the_account_under_attack() {
        LoginFailures memory = new LoginFailures(clock, jdbc, NodeCoordination.ONE_NODE);
        for (int i = 0; i < 5; i++) {
            memory.record("user:admin");
        }

        for (int i = 0; i < LoginFailures.MAX_TRACKED; i++) {
            memory.record("user:made-up-" + i);
            if (i % 1000 == 0) {
                // the attacker keeps trying the account he is after, so it stays among the recently seen
                memory.recent("user:admin", WINDOW);
            }
        }

        assertThat(memory.recent("user:admin", WINDOW)).isEqualTo(5);
    }

    @Test
    void the_places_an_account_signed_in_from_are_shared_by_the_nodes_and_forgotten_only_when_old() {
        LoginFailures nodeA = new LoginFailures(clock, jdbc, new NodeCoordination(NodeCoordination.Mode.OUTBOX_POLLING));
        LoginFailures nodeB = new LoginFailures(clock, jdbc, new NodeCoordination(NodeCoordination.Mode.OUTBOX_POLLING));

        nodeA.signedIn("admin", "203.0.113.1");
        nodeA.record("user:admin|198.51.100.1");
        clock.advance(Duration.ofSeconds(3));
        nodeB.record("user:admin|198.51.100.1");

        assertThat(nodeB.hasSignedInFrom("admin", "203.0.113.1", Duration.ofDays(90))).isTrue();
        assertThat(nodeB.hasSignedInFrom("admin", "198.51.100.1", Duration.ofDays(90))).isFalse();
        assertThat(nodeA.lastFailure("user:admin|198.51.100.1", WINDOW)).hasValue(clock.instant());
        nodeA.forgetOlderThan(WINDOW);
        assertThat(nodeB.hasSignedInFrom("admin", "203.0.113.1", Duration.ofDays(90))).isTrue();

        clock.advance(Duration.ofDays(91));
        nodeA.forgetSignInsOlderThan(Duration.ofDays(90));
        assertThat(jdbc.queryForObject("select count(*) from login_success", Long.class)).isZero();
    }

    @Test
    void a_flood_of_guesses_does_not_push_out_where_the_owner_signed_in() {
        LoginFailures memory = new LoginFailures(clock, jdbc, NodeCoordination.ONE_NODE);
        memory.signedIn("admin", "203.0.113.1");

        for (int i = 0; i < LoginFailures.MAX_TRACKED + 10; i++) {
            memory.record("user:made-up-" + i + "|198.51.100.1");
        }

        assertThat(memory.hasSignedInFrom("admin", "203.0.113.1", Duration.ofDays(90))).isTrue();
        assertThat(memory.lastFailure("user:admin|198.51.100.1", WINDOW)).isEmpty();
    }
}
