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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a reverse proxy named by the admin, X-Forwarded-For is whatever the client wrote: a flood that writes a new
 * address into it for every comment is still one client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true",
        "geul.comments.rate-limit.per-client=2",
        "geul.comments.rate-limit.per-post=100",
        "geul.comments.rate-limit.period=1h"})
class ForwardedAddressIT {

    @LocalServerPort
    int port;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    PostEditor posts;

    final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> comment(PostDetail post, String forwardedFor, int n)
            throws IOException, InterruptedException {
        String body = "{\"authorName\":\"손님\",\"password\":\"pw1234\",\"body\":\"댓글 " + n + "\"}";
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/posts/"
                        + Permalinks.encode(post.slug()) + "/comments"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_client_cannot_pass_for_others_by_writing_x_forwarded_for() throws Exception {
        fixtures.resetDatabase();
        clock.advance(Duration.ofDays(1));
        BlogUser alice = fixtures.author("alice");
        PostDetail post = as(alice, () -> posts.publish(posts.create(PostDraft.of("글", "<p>본문</p>")).id()));

        assertThat(comment(post, "203.0.113.1", 1).statusCode()).isEqualTo(201);
        assertThat(comment(post, "203.0.113.2", 2).statusCode()).isEqualTo(201);

        assertThat(comment(post, "203.0.113.3", 3).statusCode()).isEqualTo(429);
    }
}
