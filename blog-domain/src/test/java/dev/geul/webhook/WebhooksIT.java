package dev.geul.webhook;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.geul.account.BlogUser;
import dev.geul.comment.CommentService;
import dev.geul.comment.NewComment;
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
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Webhooks delivered to a real HTTP server on this machine, private networks allowed for it. */
@SpringBootTest(properties = "geul.webhooks.allow-private-networks=true")
class WebhooksIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Webhooks webhooks;
    @Autowired
    WebhookSender sender;
    @Autowired
    PostEditor posts;
    @Autowired
    CommentService comments;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    BlogUser admin;
    BlogUser alice;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        jdbc.execute("truncate webhook cascade");
        clock.reset();
        admin = fixtures.admin();
        alice = fixtures.author("alice");
    }

    @Test
    void a_publish_delivers_a_signed_body_whose_hmac_verifies() throws Exception {
        try (Receiver receiver = new Receiver(200)) {
            RegisteredWebhook hook = as(admin, () -> webhooks.register(receiver.url(),
                    Set.of(WebhookEvent.POST_PUBLISHED), "자동 배포"));
            PostDetail post = as(alice, () -> posts.publish(posts.create(PostDraft.of("웹훅 글", "<p>본문</p>")).id()));

            assertThat(sender.sendDue()).isEqualTo(1);

            Receiver.Received got = receiver.received().getFirst();
            long timestamp = Long.parseLong(got.header("X-Geul-Timestamp"));
            assertThat(WebhookSignature.verifies(hook.secret(), timestamp, got.body(), got.header("X-Geul-Signature")))
                    .isTrue();
            assertThat(WebhookSignature.verifies("whsec_other", timestamp, got.body(),
                    got.header("X-Geul-Signature"))).isFalse();
            assertThat(got.header("X-Geul-Event")).isEqualTo("post.published");
            assertThat(got.header("X-Geul-Delivery")).matches("[0-9a-f-]{36}");
            JsonNode body = JSON.readTree(got.body());
            assertThat(body.path("event").asString()).isEqualTo("post.published");
            assertThat(body.path("data").path("id").asLong()).isEqualTo(post.id());
            assertThat(body.path("data").path("title").asString()).isEqualTo("웹훅 글");
            assertThat(body.path("data").path("html").asString()).contains("본문");
            List<WebhookDelivery> history = as(admin, () -> webhooks.deliveries(hook.webhook().id()));
            assertThat(history).singleElement().satisfies(delivery -> {
                assertThat(delivery.state()).isEqualTo(WebhookDelivery.State.DELIVERED);
                assertThat(delivery.key().toString()).isEqualTo(got.header("X-Geul-Delivery"));
                assertThat(delivery.history()).extracting(WebhookDelivery.Attempt::statusCode).containsExactly(200);
            });
            assertThat(sender.sendDue()).as("delivered once").isZero();
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void a_receiver_answering_500_gets_the_delivery_again_later_and_the_history_shows_both_tries() throws Exception {
        try (Receiver receiver = new Receiver(500, 204)) {
            long hook = as(admin, () -> webhooks.register(receiver.url(), Set.of(WebhookEvent.POST_PUBLISHED),
                    null)).webhook().id();
            as(alice, () -> posts.publish(posts.create(PostDraft.of("다시 보낼 글", "<p>본문</p>")).id()));

            assertThat(sender.sendDue()).isZero();
            WebhookDelivery waiting = as(admin, () -> webhooks.deliveries(hook)).getFirst();
            assertThat(waiting.state()).isEqualTo(WebhookDelivery.State.WAITING);
            assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());
            assertThat(sender.sendDue()).as("not before its wait").isZero();
            assertThat(receiver.received()).hasSize(1);

            clock.advance(Duration.ofMinutes(1));
            assertThat(sender.sendDue()).isEqualTo(1);

            List<Receiver.Received> got = receiver.received();
            assertThat(got).hasSize(2);
            assertThat(got.get(1).header("X-Geul-Delivery")).isEqualTo(got.get(0).header("X-Geul-Delivery"));
            assertThat(got.get(1).body()).isEqualTo(got.get(0).body());
            WebhookDelivery delivered = as(admin, () -> webhooks.deliveries(hook)).getFirst();
            assertThat(delivered.state()).isEqualTo(WebhookDelivery.State.DELIVERED);
            assertThat(delivered.attempts()).isEqualTo(2);
            assertThat(delivered.history()).extracting(WebhookDelivery.Attempt::statusCode).containsExactly(500, 204);
            assertThat(delivered.history().getFirst().error()).isEqualTo("The endpoint answered 500");
            assertThat(delivered.history().get(1).at()).isAfter(delivered.history().getFirst().at());
        }
    }

    @Test
    void each_event_reaches_only_the_endpoints_that_asked_for_it() throws Exception {
        try (Receiver posts = new Receiver(200); Receiver talk = new Receiver(200)) {
            as(admin, () -> webhooks.register(posts.url(), EnumSet.of(WebhookEvent.POST_UPDATED,
                    WebhookEvent.POST_UNPUBLISHED, WebhookEvent.POST_TRASHED), null));
            as(admin, () -> webhooks.register(talk.url(), Set.of(WebhookEvent.COMMENT_ADDED), null));
            long id = as(alice, () -> this.posts.publish(this.posts.create(PostDraft.of("글", "<p>하나</p>")).id()))
                    .id();
            PostDetail live = as(alice, () -> this.posts.getForEditing(id));
            as(alice, () -> this.posts.update(id, live.version(), PostDraft.of("고친 글", "<p>둘</p>")));
            asGuest(() -> comments.add(id, new NewComment("손님", "좋은 글이네요", "pw1234", null, false), null,
                    "203.0.113.9"));
            as(alice, () -> this.posts.unpublish(id));
            as(alice, () -> { this.posts.trash(id); return null; });

            sender.sendDue();

            assertThat(posts.received()).extracting(got -> got.header("X-Geul-Event"))
                    .containsExactly("post.updated", "post.unpublished", "post.trashed");
            assertThat(talk.received()).extracting(got -> got.header("X-Geul-Event")).containsExactly("comment.added");
            JsonNode comment = JSON.readTree(talk.received().getFirst().body()).path("data");
            assertThat(comment.path("authorName").asString()).isEqualTo("손님");
            assertThat(comment.path("post").path("id").asLong()).isEqualTo(id);
        }
    }

    @Test
    void a_paused_or_removed_endpoint_is_sent_nothing_and_only_admins_manage_endpoints() throws Exception {
        try (Receiver receiver = new Receiver(200)) {
            long hook = as(admin, () -> webhooks.register(receiver.url(), Set.of(WebhookEvent.POST_PUBLISHED), null))
                    .webhook().id();
            as(admin, () -> webhooks.setActive(hook, false));
            as(alice, () -> posts.publish(posts.create(PostDraft.of("조용한 글", "<p>본문</p>")).id()));
            sender.sendDue();
            assertThat(receiver.received()).isEmpty();

            assertThatThrownBy(() -> as(alice, () -> webhooks.list())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(alice, () -> webhooks.register(receiver.url(),
                    Set.of(WebhookEvent.POST_PUBLISHED), null))).isInstanceOf(AccessDeniedException.class);
            as(admin, () -> { webhooks.remove(hook); return null; });
            assertThat(as(admin, () -> webhooks.list())).isEmpty();
        }
    }
}
