package dev.geul.webhook;

import java.util.Set;

import dev.geul.account.BlogUser;
import dev.geul.base.InvalidInputException;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With private networks not allowed (the default), no webhook reaches this machine or the LAN. */
@SpringBootTest
class WebhookPrivateAddressesIT {

    @Autowired
    Webhooks webhooks;
    @Autowired
    WebhookSender sender;
    @Autowired
    PostEditor posts;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    BlogUser admin;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        jdbc.execute("truncate webhook cascade");
        clock.reset();
        admin = fixtures.admin();
    }

    @Test
    void a_private_address_is_refused_when_it_is_registered() throws Exception {
        try (Receiver receiver = new Receiver(200)) {
            for (String url : new String[]{receiver.url(), "http://10.0.0.5/hook", "http://[::1]:8080/hook",
                    "http://169.254.169.254/latest/meta-data", "ftp://example.com/hook"}) {
                assertThatThrownBy(() -> as(admin, () -> webhooks.register(url, Set.of(WebhookEvent.POST_PUBLISHED),
                        null))).as(url).isInstanceOf(InvalidInputException.class)
                        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("url");
            }
            assertThat(as(admin, () -> webhooks.list())).isEmpty();
        }
    }

    @Test
    void an_endpoint_that_is_private_by_the_time_it_is_called_is_not_called_and_the_history_says_why()
            throws Exception {
        try (Receiver receiver = new Receiver(200)) {
            // as if its name had pointed elsewhere when it was registered
            jdbc.update("insert into webhook (url, events, secret, created_at) values (?, '{POST_PUBLISHED}', 's', now())",
                    receiver.url());
            BlogUser alice = fixtures.author("alice");
            as(alice, () -> posts.publish(posts.create(PostDraft.of("글", "<p>본문</p>")).id()));

            assertThat(sender.sendDue()).isZero();

            assertThat(receiver.received()).isEmpty();
            long hook = as(admin, () -> webhooks.list()).getFirst().id();
            WebhookDelivery.Attempt attempt = as(admin, () -> webhooks.deliveries(hook)).getFirst().history()
                    .getFirst();
            assertThat(attempt.statusCode()).isNull();
            assertThat(attempt.error()).contains("private network").contains("BLOG_WEBHOOKS_ALLOW_PRIVATE_NETWORKS");
        }
    }
}
