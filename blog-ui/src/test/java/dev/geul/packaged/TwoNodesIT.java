package dev.geul.packaged;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.geul.base.database.EmbeddedPostgresServer;
import dev.geul.testing.TistoryBackups;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two geul processes on one PostgreSQL and one OpenSearch node, as a blog that outgrew one machine runs: what is
 * written on one node is found on the other, limits hold across both, a scheduled post is published once, media
 * load from either, and a search cluster that goes down and comes back loses no indexing. Runs where an OpenSearch
 * node is given ({@code GEUL_TEST_OPENSEARCH_URL}, as {@code .ci/run} starts one).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    static final String ADMIN_PASSWORD = "two-nodes-admin-password";
    static final Duration PATIENCE = Duration.ofSeconds(40);
    static final JsonMapper JSON = JsonMapper.builder().build();

    Path workDir;
    EmbeddedPostgresServer standInDatabase;
    TcpProxy search;
    PackagedApp nodeA;
    PackagedApp nodeB;

    @BeforeAll
    void startTwoNodes() throws Exception {
        String opensearch = System.getenv("GEUL_TEST_OPENSEARCH_URL");
        MachineRequirements.require(opensearch != null && !opensearch.isBlank(),
                "GEUL_TEST_OPENSEARCH_URL names no OpenSearch node (./geul opensearch start)");
        workDir = Files.createTempDirectory("geul-two-nodes");
        String databaseUrl = System.getenv("GEUL_TEST_EXTERNAL_DATABASE_URL");
        String user = System.getenv().getOrDefault("GEUL_TEST_EXTERNAL_DATABASE_USER", "postgres");
        String password = System.getenv().getOrDefault("GEUL_TEST_EXTERNAL_DATABASE_PASSWORD", "");
        if (databaseUrl == null || databaseUrl.isBlank()) {
            standInDatabase = EmbeddedPostgresServer.start(null);
            databaseUrl = "jdbc:postgresql://127.0.0.1:" + standInDatabase.port() + "/postgres";
            password = standInDatabase.password();
        }
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password)) {
            connection.createStatement().execute("drop schema if exists public cascade");
            connection.createStatement().execute("create schema public");
        }
        URI cluster = URI.create(opensearch);
        search = new TcpProxy(cluster.getHost(), cluster.getPort());
        Map<String, String> shared = new HashMap<>(Map.of(
                "BLOG_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "SPRING_DATASOURCE_URL", databaseUrl,
                "SPRING_DATASOURCE_USERNAME", user,
                "SPRING_DATASOURCE_PASSWORD", password,
                "GEUL_SEARCH_BACKEND", "elasticsearch",
                "GEUL_SEARCH_ELASTICSEARCH_URIS", "http://127.0.0.1:" + search.port(),
                "GEUL_COORDINATION", "outbox-polling",
                "BLOG_MEDIA_STORAGE", "database",
                "BLOG_COMMENT_RATE_PER_CLIENT", "3",
                "GEUL_SCHEDULER_INTERVAL", "PT1S"));
        nodeA = PackagedApp.start(workDir, withDataDir(shared, "node-a"));
        nodeB = PackagedApp.start(workDir, withDataDir(shared, "node-b"));
        // the index may hold the posts of earlier tests on this cluster: build it from this blog's database
        assertThat(nodeA.send(HttpRequest.newBuilder(nodeA.uri("/api/admin/reindex")).header("Authorization", admin())
                .header("X-Requested-With", "test").POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(200);
    }

    private Map<String, String> withDataDir(Map<String, String> shared, String node) {
        Map<String, String> environment = new HashMap<>(shared);
        environment.put("BLOG_DATA_DIR", workDir.resolve(node).toString());
        return environment;
    }

    @AfterAll
    void stopTwoNodes() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[]{nodeA, nodeB, search, standInDatabase}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    static String admin() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> write(PackagedApp node, String method, String path, String json) throws Exception {
        return node.send(HttpRequest.newBuilder(node.uri(path)).header("Authorization", admin())
                .header("Content-Type", "application/json").method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> search(PackagedApp node, String words) throws Exception {
        return node.get("/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    }

    /** Waits until the node's search answers as expected; indexing through the outbox takes a moment. */
    static String awaitSearch(PackagedApp node, String words, Predicate<String> expected) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = search(node, words);
            body = response.body();
            if (response.statusCode() == 200 && expected.test(body)) {
                return body;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Search for " + words + " did not answer as expected in " + PATIENCE + ": " + body);
    }

    @Test
    @Order(1)
    void a_post_written_on_one_node_is_found_on_the_other_and_an_edit_there_changes_what_the_first_finds()
            throws Exception {
        HttpResponse<String> created = write(nodeA, "POST", "/api/posts", """
                {"title": "두 노드 이야기", "contentHtml": "<p>회사에서 쿠버네티스를 배웠다</p>", "status": "published"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode post = JSON.readTree(created.body());

        awaitSearch(nodeB, "쿠버네티스", body -> body.contains("두 노드 이야기"));

        HttpResponse<String> edited = write(nodeB, "PUT", "/api/posts/" + post.path("id").asLong(), """
                {"title": "두 노드 이야기", "contentHtml": "<p>주말에는 제주도에서 고기국수를 먹었다</p>", "version": %d}"""
                .formatted(post.path("version").asLong()));
        assertThat(edited.statusCode()).isEqualTo(200);

        awaitSearch(nodeA, "고기국수", body -> body.contains("두 노드 이야기"));
        awaitSearch(nodeA, "쿠버네티스", body -> body.contains("\"total\":0"));

        assertThat(write(nodeA, "DELETE", "/api/posts/" + post.path("id").asLong(), null).statusCode()).isEqualTo(204);
        awaitSearch(nodeB, "고기국수", body -> body.contains("\"total\":0"));
        awaitSearch(nodeA, "고기국수", body -> body.contains("\"total\":0"));
    }

    @Test
    @Order(2)
    void a_guest_spreading_comments_over_both_nodes_meets_one_limit() throws Exception {
        String slug = JSON.readTree(write(nodeA, "POST", "/api/posts", """
                {"title": "댓글 받는 글", "contentHtml": "<p>의견을 남겨 주세요</p>", "status": "published"}""").body())
                .path("slug").asString();
        String path = "/api/posts/" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "/comments";
        int[] statuses = new int[4];
        PackagedApp[] nodes = {nodeA, nodeB, nodeA, nodeB};
        for (int i = 0; i < nodes.length; i++) {
            statuses[i] = nodes[i].send(HttpRequest.newBuilder(nodes[i].uri(path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"authorName\": \"손님\", \"body\": \"댓글 " + i + "\", \"password\": \"pw1234\"}")))
                    .statusCode();
        }

        assertThat(statuses).containsExactly(201, 201, 201, 429);
    }

    @Test
    @Order(3)
    void a_scheduled_post_is_published_by_exactly_one_node() throws Exception {
        JsonNode scheduled = JSON.readTree(write(nodeB, "POST", "/api/posts", """
                {"title": "예약된 글", "contentHtml": "<p>곧 나온다</p>", "status": "scheduled", "publishAt": "%s"}"""
                .formatted(Instant.now().plusSeconds(3))).body());
        long id = scheduled.path("id").asLong();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Pattern published = Pattern.compile("Published scheduled post " + id + " ");
        int count = 0;
        while (System.nanoTime() < deadline) {
            count = count(published, nodeA.log()) + count(published, nodeB.log());
            if (count > 0) {
                break;
            }
            Thread.sleep(500);
        }
        // a few more rounds of both schedulers: neither publishes it again
        Thread.sleep(3000);

        assertThat(count(published, nodeA.log()) + count(published, nodeB.log())).isOne();
    }

    @Test
    @Order(4)
    void an_image_uploaded_through_one_node_loads_from_the_other() throws Exception {
        HttpResponse<String> uploaded = nodeA.send(HttpRequest.newBuilder(nodeA.uri("/api/media"))
                .header("Authorization", admin()).header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(TistoryBackups.PNG)));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        String path = JSON.readTree(uploaded.body()).path("path").asString();

        HttpResponse<byte[]> fromB = java.net.http.HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(nodeB.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(fromB.statusCode()).isEqualTo(200);
        assertThat(fromB.body()).isEqualTo(TistoryBackups.PNG);
    }

    @Test
    @Order(5)
    void with_the_search_cluster_down_the_blog_goes_on_and_indexing_catches_up_when_it_is_back() throws Exception {
        search.cut();
        try {
            HttpResponse<String> written = write(nodeA, "POST", "/api/posts", """
                    {"title": "검색이 쉬는 날", "contentHtml": "<p>떡볶이를 먹었다</p>", "status": "published"}""");
            assertThat(written.statusCode()).as("writing goes on").isEqualTo(201);
            String slug = JSON.readTree(written.body()).path("slug").asString();
            assertThat(nodeB.get("/api/posts/" + URLEncoder.encode(slug, StandardCharsets.UTF_8)).statusCode())
                    .as("reading goes on").isEqualTo(200);
            HttpResponse<String> unavailable = search(nodeB, "떡볶이");
            assertThat(unavailable.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(unavailable.body()).path("error").asString()).contains("unavailable");
        } finally {
            search.restore();
        }

        awaitSearch(nodeB, "떡볶이", body -> body.contains("검색이 쉬는 날"));
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
