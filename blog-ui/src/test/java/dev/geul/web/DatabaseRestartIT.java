package dev.geul.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.geul.base.database.EmbeddedPostgresServer;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.DatabaseAway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database restarts under the running blog: meanwhile a write over the API is refused with 503 and a message in
 * the client's language, a page readers had is served as it was last sent, and once the database is back writes
 * succeed again without restarting the blog (the connection pool connects anew).
 */
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=1500")
class DatabaseRestartIT extends RunningBlog {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    EmbeddedPostgresServer server;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void writes_are_refused_with_503_while_the_database_is_away_readers_keep_their_pages_and_writes_come_back()
            throws InterruptedException {
        PostDetail post = publish(alice, PostDraft.of("재시작을 견디는 글", "<p>데이터베이스가 잠시 없어도 읽혀요</p>"));
        assertThat(get("/posts/" + post.slug()).statusCode()).isEqualTo(200);

        try (DatabaseAway outage = DatabaseAway.now(server)) {
            HttpResponse<String> page = get("/posts/" + post.slug());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("재시작을 견디는 글").contains("데이터베이스가 잠시 없어도 읽혀요");
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");

            HttpResponse<String> korean = write("새 글", "ko-KR,ko;q=0.9");
            assertThat(korean.statusCode()).as(korean.body()).isEqualTo(503);
            assertThat(korean.headers().firstValue("Retry-After")).isPresent();
            JsonNode refused = JSON.readTree(korean.body());
            assertThat(refused.path("error").asString()).startsWith("데이터베이스에 잠시 연결할 수 없어 저장하지 못했습니다");
            assertThat(refused.path("code").asString()).isEqualTo("error.database.unavailable");
            HttpResponse<String> english = write("새 글", null);
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(english.body()).path("error").asString())
                    .startsWith("The database cannot be reached for a moment");
        }

        HttpResponse<String> written = writeOnceBack("돌아온 뒤의 글");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select count(*) from post where title = '돌아온 뒤의 글'", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from post where title = '새 글'", Long.class))
                .as("nothing of the refused writes was stored").isZero();
    }

    /** Writes as soon as the pool has connected again: a few seconds at most, no restart. */
    private HttpResponse<String> writeOnceBack(String title) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<String> answer = write(title, null);
        while (answer.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            answer = write(title, null);
        }
        return answer;
    }

    private HttpResponse<String> write(String title, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/posts"))
                .header("Authorization", basic("alice", BlogFixtures.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"" + title + "\", \"contentHtml\": \"<p>본문</p>\"}"));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return send(request);
    }
}
