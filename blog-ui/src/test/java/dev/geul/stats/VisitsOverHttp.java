package dev.geul.stats;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.geul.testing.BlogFixtures;
import dev.geul.web.RunningBlog;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Visits made as browsers and crawlers make them, and the statistics read back through the admin API. */
abstract class VisitsOverHttp extends RunningBlog {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    protected static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

    @Autowired
    protected VisitRecorder recorder;
    @Autowired
    protected JdbcClient jdbc;

    @BeforeEach
    void noVisitsYet() {
        recorder.flush();
        jdbc.sql("truncate visit_day, post_visit_day, referrer_day, search_word_day, visit_visitor").update();
    }

    protected HttpResponse<String> visit(String path, String userAgent, String referrer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("User-Agent", userAgent)
                .header("Accept", "text/html");
        if (referrer != null) {
            request.header("Referer", referrer);
        }
        return send(request);
    }

    /** Views are counted after the answer is sent: waits until as many as expected are, then counts the rest too. */
    protected void awaitCountedViews(long expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (countedViews() < expected && System.nanoTime() < deadline) {
            recorder.flush();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        recorder.flush();
    }

    private long countedViews() {
        return jdbc.sql("select coalesce(sum(views), 0) from visit_day").query(Long.class).single();
    }

    protected JsonNode api(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic("root", BlogFixtures.PASSWORD)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    protected static List<String> pairs(JsonNode items, String key, String value) {
        List<String> pairs = new ArrayList<>();
        items.forEach(item -> pairs.add(item.get(key).asString() + "=" + item.get(value).asLong()));
        return pairs;
    }

    protected static List<String> triples(JsonNode items) {
        List<String> triples = new ArrayList<>();
        items.forEach(item -> triples.add(item.get("source").asString() + " " + item.get("detail").asString() + " "
                + item.get("views").asLong()));
        return triples;
    }
}
