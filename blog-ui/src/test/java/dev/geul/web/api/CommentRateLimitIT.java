package dev.geul.web.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.geul.account.BlogUser;
import dev.geul.base.Permalinks;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comment floods meet a limit per client address and per post. Clients are told apart as behind a proxy the admin
 * named ({@code BLOG_FORWARD_HEADERS=native}), by X-Forwarded-For; time moves by the test clock, so "later" needs no
 * waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true", "server.forward-headers-strategy=native",
        "geul.comments.rate-limit.per-client=2",
        "geul.comments.rate-limit.per-post=3",
        "geul.comments.rate-limit.period=1h"})
class CommentRateLimitIT {

    @LocalServerPort
    int port;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    PostEditor posts;

    final HttpClient http = HttpClient.newHttpClient();
    BlogUser alice;
    int written;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        // a day later every budget is full again, whatever earlier tests used
        clock.advance(Duration.ofDays(1));
        alice = fixtures.author("alice");
    }

    private PostDetail publish(String title) {
        return as(alice, () -> posts.publish(posts.create(PostDraft.of(title, "<p>본문</p>")).id()));
    }

    private HttpResponse<String> comment(PostDetail post, String client) throws IOException, InterruptedException {
        written++;
        String body = "{\"authorName\":\"손님\",\"password\":\"pw1234\",\"body\":\"댓글 " + written + "\"}";
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/posts/"
                        + Permalinks.encode(post.slug()) + "/comments"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_client_that_comments_too_often_gets_429_with_retry_after_until_its_budget_refills() throws Exception {
        PostDetail post = publish("회고");

        assertThat(comment(post, "203.0.113.1").statusCode()).isEqualTo(201);
        assertThat(comment(post, "203.0.113.1").statusCode()).isEqualTo(201);
        HttpResponse<String> limited = comment(post, "203.0.113.1");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L));
        assertThat(limited.body()).contains("\"error\"").contains("Too many comments");
        assertThat(comment(post, "203.0.113.2").statusCode()).as("another reader").isEqualTo(201);

        clock.advance(Duration.ofMinutes(31));
        assertThat(comment(post, "203.0.113.1").statusCode()).as("half an hour later").isEqualTo(201);
    }

    @Test
    void the_addresses_of_one_ipv6_64_block_are_one_client() throws Exception {
        PostDetail post = publish("IPv6");

        assertThat(comment(post, "2001:db8:5:5::1").statusCode()).isEqualTo(201);
        assertThat(comment(post, "2001:db8:5:5:aaaa::2").statusCode()).isEqualTo(201);

        assertThat(comment(post, "2001:db8:5:5:ffff::3").statusCode()).as("a third address, same /64").isEqualTo(429);
    }

    @Test
    void a_post_that_gets_too_many_comments_answers_429_to_everyone_while_other_posts_take_comments()
            throws Exception {
        PostDetail busy = publish("인기 글");
        PostDetail quiet = publish("조용한 글");

        for (int client = 1; client <= 3; client++) {
            assertThat(comment(busy, "198.51.100." + client).statusCode()).isEqualTo(201);
        }
        HttpResponse<String> limited = comment(busy, "198.51.100.4");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(comment(quiet, "198.51.100.4").statusCode()).isEqualTo(201);
    }
}
