package dev.geul.packaged;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Map;

import dev.geul.base.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar a user runs: on its embedded default with nothing installed, after a kill and a restart, and on an
 * external PostgreSQL named by SPRING_DATASOURCE_URL.
 */
class PackagedAppIT {

    static final String ADMIN_PASSWORD = "packaged-admin-pw";

    /** A small WordPress export as WordPress writes it (http namespaces, percent-encoded Korean slug). */
    static final String WXR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel><wp:wxr_version>1.2</wp:wxr_version>
              <link>http://old.example.kr</link>
              <wp:base_blog_url>http://old.example.kr</wp:base_blog_url>
              <wp:author><wp:author_login>minji</wp:author_login>
                <wp:author_display_name><![CDATA[김민지]]></wp:author_display_name></wp:author>
              <item>
                <title>2023년 회고</title>
                <link>http://old.example.kr/2023/12/31/%ed%9a%8c%ea%b3%a0/</link>
                <dc:creator>minji</dc:creator>
                <content:encoded><![CDATA[한 해를 돌아보며 쓴 글입니다.]]></content:encoded>
                <wp:post_id>11</wp:post_id>
                <wp:post_date_gmt>2023-12-31 14:30:00</wp:post_date_gmt>
                <wp:post_name>%ed%9a%8c%ea%b3%a0</wp:post_name>
                <wp:status>publish</wp:status>
                <wp:post_type>post</wp:post_type>
              </item>
              <item>
                <title>Hello world</title>
                <link>http://old.example.kr/?p=12</link>
                <dc:creator>minji</dc:creator>
                <content:encoded><![CDATA[The first post.]]></content:encoded>
                <wp:post_id>12</wp:post_id>
                <wp:post_date_gmt>2023-01-01 00:00:00</wp:post_date_gmt>
                <wp:post_name>hello-world</wp:post_name>
                <wp:status>publish</wp:status>
                <wp:post_type>post</wp:post_type>
              </item>
            </channel>
            </rss>
            """;

    @TempDir
    Path workDir;

    @Test
    void the_jar_serves_the_blog_on_its_embedded_default_and_keeps_data_through_a_kill() throws Exception {
        Map<String, String> environment = Map.of("BLOG_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "BLOG_DATA_DIR", workDir.resolve("data").toString());
        try (PackagedApp app = PackagedApp.start(workDir, environment)) {
            assertThat(app.get("/actuator/health").body()).contains("\"status\":\"UP\"");
            var home = app.get("/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("<html");
            assertThat(app.log()).contains("Created the account 'admin'").contains("production mode");
            assertThat(Files.isDirectory(workDir.resolve("data/postgres"))).isTrue();

            var imported = app.send(HttpRequest.newBuilder(app.uri("/api/import/wxr"))
                    .header("Authorization", basic("admin", ADMIN_PASSWORD)).header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofString(WXR)));
            assertThat(imported.statusCode()).isEqualTo(200);
            assertThat(imported.body()).contains("\"posts\":2");
            // the post is a plain HTML page, for crawlers and people alike
            var permalink = app.get("/posts/%ED%9A%8C%EA%B3%A0");
            assertThat(permalink.statusCode()).isEqualTo(200);
            var head = org.jsoup.Jsoup.parse(permalink.body()).head();
            assertThat(head.getElementsByAttributeValue("property", "og:title").attr("content")).isEqualTo("2023년 회고");
            assertThat(permalink.body()).contains("한 해를 돌아보며 쓴 글입니다.");
            app.kill();
        }
        // the database server of the killed run still holds the data directory; the next start copes
        try (PackagedApp restarted = PackagedApp.start(workDir, environment)) {
            assertThat(restarted.get("/actuator/health").body()).contains("\"status\":\"UP\"");
            assertThat(restarted.log()).doesNotContain("Created the account 'admin'");
            var signedIn = restarted.send(HttpRequest.newBuilder(restarted.uri("/api/admin/status"))
                    .header("Authorization", basic("admin", ADMIN_PASSWORD)));
            assertThat(signedIn.statusCode()).isEqualTo(200);
            // the admin and the writer the import brought in
            assertThat(signedIn.body()).contains("\"accounts\":2");
            var listed = restarted.get("/api/posts");
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.body()).contains("\"total\":2").contains("2023년 회고").contains("Hello world");
            restarted.stop();
        }
    }

    @Test
    void the_jar_runs_on_an_external_postgresql() throws Exception {
        String externalUrl = System.getenv("GEUL_TEST_EXTERNAL_DATABASE_URL");
        EmbeddedPostgresServer standIn = null;
        if (externalUrl == null || externalUrl.isBlank()) {
            // a separate PostgreSQL server, as a user's own would be
            standIn = EmbeddedPostgresServer.start(null);
            externalUrl = "jdbc:postgresql://127.0.0.1:" + standIn.port() + "/postgres";
        }
        String user = System.getenv().getOrDefault("GEUL_TEST_EXTERNAL_DATABASE_USER", "postgres");
        String password = standIn != null ? standIn.password()
                : System.getenv().getOrDefault("GEUL_TEST_EXTERNAL_DATABASE_PASSWORD", "");
        resetSchema(externalUrl, user, password);
        try (PackagedApp app = PackagedApp.start(workDir, Map.of("BLOG_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "BLOG_DATA_DIR", workDir.resolve("data").toString(), "SPRING_DATASOURCE_URL", externalUrl,
                "SPRING_DATASOURCE_USERNAME", user, "SPRING_DATASOURCE_PASSWORD", password))) {
            assertThat(app.get("/").statusCode()).isEqualTo(200);
            assertThat(Files.exists(workDir.resolve("data/postgres"))).as("no embedded database was started").isFalse();
            try (Connection connection = DriverManager.getConnection(externalUrl, user, password);
                 ResultSet accounts = connection.createStatement().executeQuery("select username from account")) {
                assertThat(accounts.next()).isTrue();
                assertThat(accounts.getString(1)).isEqualTo("admin");
            }
            app.stop();
        } finally {
            if (standIn != null) {
                standIn.close();
            }
        }
    }

    private static void resetSchema(String url, String user, String password) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute("drop schema if exists public cascade");
            connection.createStatement().execute("create schema public");
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}
