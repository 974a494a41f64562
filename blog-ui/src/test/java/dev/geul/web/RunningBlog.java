package dev.geul.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import dev.geul.account.BlogUser;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.post.PostReader;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.geul.testing.BlogFixtures.as;

/**
 * The blog served over HTTP on a random port, for tests that act as a browser, a crawler or an API client would.
 * Vaadin runs in production mode on a stand-in index.html (see test resources), so no frontend build is needed;
 * what the app adds to that page is what these tests look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true",
        "geul.base-url=https://blog.example.kr",
        "geul.title=글 블로그",
        "geul.description=글을 쓰고 나누는 곳",
        "geul.comments.rate-limit.enabled=false"})
public abstract class RunningBlog {

    protected static final String ADMIN_PASSWORD = "admin-password-for-tests";

    @LocalServerPort
    protected int port;
    @Autowired
    protected BlogFixtures fixtures;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected PostEditor posts;
    @Autowired
    protected PostReader reader;

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    protected BlogUser admin;
    protected BlogUser alice;

    @BeforeEach
    void resetBlog() {
        fixtures.resetDatabase();
        clock.reset();
        admin = fixtures.admin();
        alice = fixtures.author("alice");
    }

    protected PostDetail publish(BlogUser author, PostDraft draft) {
        return as(author, () -> posts.publish(posts.create(draft).id()));
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
