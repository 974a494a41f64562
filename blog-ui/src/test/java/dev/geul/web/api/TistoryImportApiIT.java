package dev.geul.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.geul.base.Permalinks;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TistoryBackups;
import dev.geul.web.RunningBlog;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Moving in from Tistory over the API, and bringing a WordPress site's uploads home: what a reader then finds. */
class TistoryImportApiIT extends RunningBlog {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private HttpResponse<String> post(String path, byte[] body, String contentType, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private String asAdmin() {
        return basic(admin.username(), BlogFixtures.PASSWORD);
    }

    private HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encoded(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void an_old_xml_backup_comes_in_and_readers_find_posts_images_comments_and_old_addresses() throws Exception {
        HttpResponse<String> response = post("/api/import/tistory",
                TistoryBackups.ttxml().getBytes(StandardCharsets.UTF_8), "application/xml", asAdmin());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.path("posts").asInt()).isEqualTo(4);
        assertThat(report.path("comments").asInt()).isEqualTo(3);
        assertThat(report.path("media").asInt()).isEqualTo(1);

        String slug = "쿠버네티스를-처음-배운-날";
        JsonNode post = JSON.readTree(get("/api/posts/" + encoded(slug)).body());
        String image = Jsoup.parseBodyFragment(post.path("contentHtml").asString()).select("figure img").attr("src");
        HttpResponse<byte[]> file = getBytes(image);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(TistoryBackups.PNG);
        assertThat(post.path("comments").get(0).path("hidden").asBoolean()).as("the secret comment").isTrue();
        assertThat(post.path("comments").get(0).path("replies").get(0).path("bodyHtml").asString())
                .contains("답글 고맙습니다!");

        for (String old : new String[]{"/12", "/entry/" + encoded(slug), "/m/12", "/m/entry/" + encoded(slug)}) {
            HttpResponse<String> redirect = get(old);
            assertThat(redirect.statusCode()).as(old).isEqualTo(301);
            assertThat(redirect.headers().firstValue("Location")).as(old).hasValue(Permalinks.post(slug));
        }
        assertThat(get("/14").statusCode()).as("a private post's address is not given away").isNotEqualTo(301);

        HttpResponse<String> locked = get("/api/posts/" + encoded("보호된-글"));
        HttpResponse<String> unlocked = send(HttpRequest.newBuilder(uri("/api/posts/" + encoded("보호된-글")))
                .header("X-Post-Password", "s3cret!"));
        assertThat(locked.body()).doesNotContain("암호를 아는 사람만");
        assertThat(unlocked.body()).contains("암호를 아는 사람만 읽는 글");
    }

    @Test
    void the_current_zip_backup_comes_in_as_the_admin_chooses() throws IOException {
        byte[] zip = Files.readAllBytes(TistoryBackups.zip(dir, TistoryBackups.htmlBackupFiles()));

        HttpResponse<String> drafts = post("/api/import/tistory", zip, "application/zip", asAdmin());
        assertThat(drafts.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(drafts.body()).path("notes").get(0).asString()).contains("drafts");
        assertThat(get("/api/posts/" + encoded("쿠버네티스-입문기")).statusCode()).isEqualTo(404);

        fixtures.resetDatabase();
        admin = fixtures.admin();
        HttpResponse<String> published = post("/api/import/tistory?posts=public", zip, "application/zip", asAdmin());
        assertThat(JSON.readTree(published.body()).path("posts").asInt()).isEqualTo(2);
        JsonNode post = JSON.readTree(get("/api/posts/" + encoded("쿠버네티스-입문기")).body());
        assertThat(post.path("category").path("name").asString()).isEqualTo("쿠버네티스");
        assertThat(post.path("contentHtml").asString()).contains("language-java").contains("/media/2023/03/");
        assertThat(get("/31").headers().firstValue("Location")).hasValue(Permalinks.post("쿠버네티스-입문기"));
    }

    @Test
    void only_an_admin_imports_and_a_wrong_file_gets_a_clear_error() {
        byte[] ttxml = TistoryBackups.ttxml().getBytes(StandardCharsets.UTF_8);

        assertThat(post("/api/import/tistory", ttxml, "application/xml", null).statusCode()).isEqualTo(401);
        assertThat(post("/api/import/tistory", ttxml, "application/xml", basic("alice", BlogFixtures.PASSWORD))
                .statusCode()).isEqualTo(403);
        HttpResponse<String> wxr = post("/api/import/tistory",
                "<rss><channel></channel></rss>".getBytes(StandardCharsets.UTF_8), "application/xml", asAdmin());
        assertThat(wxr.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(wxr.body()).path("error").asString()).contains("WordPress export");
        HttpResponse<String> choice = post("/api/import/tistory?posts=everyone", ttxml, "application/xml", asAdmin());
        assertThat(choice.statusCode()).isEqualTo(422);
        assertThat(get("/api/posts").body()).contains("\"total\":0");
    }

    @Test
    void a_wordpress_uploads_zip_brings_the_images_of_an_imported_site_home() throws IOException, InterruptedException {
        String wxr = """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><link>https://gone.example</link><wp:wxr_version>1.2</wp:wxr_version>
                  <item><title>유채꽃</title><dc:creator>minji</dc:creator>
                    <content:encoded><![CDATA[<img src="https://gone.example/wp-content/uploads/2008/06/canola2-300x200.png" alt="유채">]]></content:encoded>
                    <wp:post_id>5</wp:post_id><wp:post_date_gmt>2011-01-10 13:20:00</wp:post_date_gmt>
                    <wp:post_name>canola</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                  </item>
                </channel></rss>
                """;
        assertThat(post("/api/import/wxr", wxr.getBytes(StandardCharsets.UTF_8), "application/xml", asAdmin())
                .statusCode()).isEqualTo(200);
        Path zip = dir.resolve("uploads.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("wp-content/uploads/2008/06/canola2.png"));
            out.write(TistoryBackups.PNG);
        }

        HttpResponse<String> response = post("/api/import/media", Files.readAllBytes(zip), "application/zip", asAdmin());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.path("stored").asInt()).isOne();
        assertThat(report.path("postsChanged").asInt()).isOne();
        String src = Jsoup.parseBodyFragment(JSON.readTree(get("/api/posts/canola").body()).path("contentHtml")
                .asString()).select("img").attr("src");
        assertThat(src).startsWith("/media/2008/06/");
        assertThat(getBytes(src).body()).isEqualTo(TistoryBackups.PNG);
        assertThat(post("/api/import/media", Files.readAllBytes(zip), "application/zip",
                basic("alice", BlogFixtures.PASSWORD)).statusCode()).isEqualTo(403);
    }
}
