package dev.geul.packaged;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import dev.geul.base.Permalinks;
import dev.geul.base.database.EmbeddedPostgresServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two packaged nodes of one blog on one PostgreSQL, each keeping rendered reader pages for ten minutes: what is
 * changed through one shows on the other's next page at once, not when its kept copy expires.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCacheOnEveryNodeIT {

    /** Far longer than the test: a page that changes did not change by expiring. */
    static final String KEPT_FOR = "10m";
    /**
     * How long a notice may take to cross from one node to the other, a cut listening connection made again
     * included; far shorter than {@link #KEPT_FOR}.
     */
    static final Duration PATIENCE = Duration.ofSeconds(15);
    static final String ADMIN_PASSWORD = "page-cache-admin-password";
    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
            .getBytes(StandardCharsets.UTF_8));
    static final JsonMapper JSON = JsonMapper.builder().build();

    Path workDir;
    EmbeddedPostgresServer database;
    PackagedApp nodeA;
    PackagedApp nodeB;

    @BeforeAll
    void startTwoNodes() throws Exception {
        workDir = Files.createTempDirectory("geul-page-cache-nodes");
        database = EmbeddedPostgresServer.start(null);
        Map<String, String> shared = Map.of(
                "BLOG_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "SPRING_DATASOURCE_URL", database.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER,
                "SPRING_DATASOURCE_PASSWORD", database.password(),
                "GEUL_UI_READER_CACHE", KEPT_FOR);
        nodeA = PackagedApp.start(workDir, withDataDir(shared, "node-a"));
        nodeB = PackagedApp.start(workDir, withDataDir(shared, "node-b"));
    }

    private Map<String, String> withDataDir(Map<String, String> shared, String node) {
        Map<String, String> environment = new HashMap<>(shared);
        environment.put("BLOG_DATA_DIR", workDir.resolve(node).toString());
        return environment;
    }

    @AfterAll
    void stopTwoNodes() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[]{nodeA, nodeB, database}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void an_edit_published_on_one_node_shows_on_the_other_at_once() throws Exception {
        Written post = write(nodeA, "두 노드의 글", "<p>처음 쓴 문장</p>");
        String path = Permalinks.post(post.slug());

        assertThat(body(nodeB, path)).contains("처음 쓴 문장");
        // kept now on B: a change the database does not announce (its triggers off) is not seen there
        try (Connection connection = connect()) {
            connection.createStatement().execute("set session_replication_role = replica");
            connection.createStatement().execute("update post set content_html = '<p>몰래 바꾼 문장</p>'"
                    + " where id = " + post.id());
        }
        assertThat(body(nodeB, path)).contains("처음 쓴 문장").doesNotContain("몰래 바꾼 문장");

        edit(nodeA, post, "두 노드의 글", "<p>고쳐 쓴 문장</p>");

        assertThat(eventually(nodeB, path, page -> page.contains("고쳐 쓴 문장"))).doesNotContain("처음 쓴 문장");
    }

    @Test
    void a_comment_written_on_one_node_shows_on_the_other_at_once() throws Exception {
        Written post = write(nodeA, "댓글이 오가는 글", "<p>의견을 남겨 주세요</p>");
        String path = Permalinks.post(post.slug());
        assertThat(body(nodeB, path)).doesNotContain("노드 A에서 남긴 댓글");

        // a guest writes through node A's plain form, with the token node A's page gave
        String token = Jsoup.parse(body(nodeA, path)).select("#comment-form input[name=token]").val();
        HttpResponse<String> sent = nodeA.send(HttpRequest.newBuilder(nodeA.uri(path + "/comments"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("token", token, "name", "서연",
                        "password", "password1", "body", "노드 A에서 남긴 댓글"))));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);

        assertThat(eventually(nodeB, path, page -> page.contains("노드 A에서 남긴 댓글"))).contains("서연");
    }

    @Test
    void a_node_whose_listening_connection_was_cut_still_shows_what_changed_meanwhile() throws Exception {
        Written post = write(nodeA, "끊겼던 노드의 글", "<p>끊기기 전 문장</p>");
        String path = Permalinks.post(post.slug());
        assertThat(body(nodeB, path)).contains("끊기기 전 문장");

        // as a database restart or a network cut does to every node's listening connection
        try (Connection connection = connect()) {
            connection.createStatement().execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where application_name = 'geul reader page notices'");
        }
        edit(nodeA, post, "끊겼던 노드의 글", "<p>끊긴 사이 고친 문장</p>");

        assertThat(eventually(nodeB, path, page -> page.contains("끊긴 사이 고친 문장")))
                .doesNotContain("끊기기 전 문장");
    }

    Connection connect() throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedPostgresServer.USER, database.password());
    }

    /** A post as the API answers for it. */
    record Written(long id, String slug, long version) {
    }

    /** Publishes a post through the node's API, as a writer's tool would. */
    static Written write(PackagedApp node, String title, String html) throws Exception {
        return written(node.send(HttpRequest.newBuilder(node.uri("/api/posts")).header("Authorization", ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("title", title, "contentHtml", html, "status", "published"))))));
    }

    static void edit(PackagedApp node, Written post, String title, String html) throws Exception {
        written(node.send(HttpRequest.newBuilder(node.uri("/api/posts/" + post.id())).header("Authorization", ADMIN)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("title", title, "contentHtml", html,
                                "version", post.version()))))));
    }

    static Written written(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
        JsonNode json = JSON.readTree(answer.body());
        return new Written(json.get("id").asLong(), json.get("slug").asString(), json.get("version").asLong());
    }

    static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    static String eventually(PackagedApp node, String path, Predicate<String> shows) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String page = body(node, path);
        while (!shows.test(page) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            page = body(node, path);
        }
        assertThat(page).as("the node's page %s", path).matches(shows);
        return page;
    }

    static String body(PackagedApp node, String path) throws Exception {
        HttpResponse<String> response = node.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
