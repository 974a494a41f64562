package dev.geul.web.api;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import dev.geul.post.PostDraft;
import dev.geul.post.PostLists;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.SharedData;
import dev.geul.web.RunningBlog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Moving a blog in and out over the API: admins only, with answers a script can act on. */
class TransferApiIT extends RunningBlog {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PostLists lists;

    private HttpResponse<String> upload(byte[] wxr, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/import/wxr"))
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(wxr));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private HttpResponse<String> download(String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/export/wxr"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private static byte[] themeUnitTest() {
        try {
            return Files.readAllBytes(SharedData.file(SharedData.THEME_UNIT_TEST_WXR));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String asAdmin() {
        return basic(admin.username(), BlogFixtures.PASSWORD);
    }

    @Test
    void import_and_export_answer_401_without_credentials_and_403_for_an_author() {
        HttpResponse<String> anonymousImport = upload(themeUnitTest(), null);
        HttpResponse<String> authorImport = upload(themeUnitTest(), basic("alice", BlogFixtures.PASSWORD));
        HttpResponse<String> wrongPassword = upload(themeUnitTest(), basic(admin.username(), "wrong"));
        HttpResponse<String> anonymousExport = download(null);
        HttpResponse<String> authorExport = download(basic("alice", BlogFixtures.PASSWORD));

        assertThat(anonymousImport.statusCode()).isEqualTo(401);
        assertThat(anonymousImport.headers().firstValue("WWW-Authenticate")).as("no browser is asked for a password")
                .isEmpty();
        assertThat(JSON.readTree(anonymousImport.body()).path("error").asString()).isNotBlank();
        assertThat(authorImport.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(authorImport.body()).path("error").asString()).isNotBlank();
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(anonymousExport.statusCode()).isEqualTo(401);
        assertThat(authorExport.statusCode()).isEqualTo(403);
        assertThat(lists.listPublished(org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements())
                .isZero();
    }

    @Test
    void an_admin_imports_a_wxr_file_and_gets_a_report() {
        HttpResponse<String> response = upload(themeUnitTest(), asAdmin());
        JsonNode report = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(report.propertyNames()).contains("posts", "pages", "comments", "categories", "tags", "attachments",
                "skipped");
        assertThat(report.path("posts").asInt()).isEqualTo(58);
        assertThat(report.path("pages").asInt()).isEqualTo(21);
        assertThat(report.path("comments").asInt()).isEqualTo(29);
        assertThat(report.path("categories").asInt()).isEqualTo(68);
        assertThat(report.path("attachments").asInt()).isEqualTo(37);
        assertThat(report.path("skipped").get(0).propertyNames()).contains("what", "why", "whatMessage",
                "whyMessage");
        assertThat(report.path("mentions").asInt()).as("pingbacks and trackbacks, kept as mentions").isEqualTo(4);

        JsonNode listed = JSON.readTree(get("/api/posts?size=50").body());
        assertThat(listed.path("total").asLong()).isEqualTo(56);
        assertThat(listed.path("items").get(0).path("title").asString()).isEqualTo("Template: Sticky");
    }

    @Test
    void a_client_asking_for_korean_gets_the_report_in_korean_with_each_line_s_key_beside_it() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/import/wxr"))
                .header("Content-Type", "application/xml").header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5")
                .header("Authorization", asAdmin()).POST(HttpRequest.BodyPublishers.ofByteArray(themeUnitTest())));
        JsonNode skipped = JSON.readTree(response.body()).path("skipped");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(skipped.findValues("why")).extracting(JsonNode::asString)
                .contains("geul에는 메뉴가 없습니다. 페이지가 스스로 목록에 나옵니다");
        assertThat(skipped.findValues("whyMessage")).extracting(why -> why.path("key").asString())
                .contains("transfer.why.wxr.noMenus");
        assertThat(skipped.findValues("whyMessage")).extracting(why -> why.path("text").asString())
                .contains("geul has no menus; its pages list themselves");
    }

    @Test
    void a_file_that_is_not_wxr_answers_422_with_what_is_wrong() {
        HttpResponse<String> response = upload("<html>not an export</html>".getBytes(StandardCharsets.UTF_8), asAdmin());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).path("error").asString()).contains("not a WordPress export");
    }

    @Test
    void an_admin_exports_the_blog_as_a_wxr_file_that_imports_back() {
        publish(alice, PostDraft.of("나의 2023년 회고", "<p>한 해를 돌아보며</p>"));

        HttpResponse<String> export = download(asAdmin());

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/xml"));
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains(".wordpress.2026-03-01.xml"));
        assertThat(export.body()).contains("<title>나의 2023년 회고</title>").contains("<p>한 해를 돌아보며</p>");

        fixtures.resetDatabase();
        admin = fixtures.admin();
        HttpResponse<String> reimport = upload(export.body().getBytes(StandardCharsets.UTF_8), asAdmin());

        assertThat(reimport.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(reimport.body()).path("posts").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(get("/api/posts").body()).path("items").get(0).path("title").asString())
                .isEqualTo("나의 2023년 회고");
    }

    @Test
    void an_admin_takes_the_blog_out_as_markdown_and_brings_it_back() throws Exception {
        publish(alice, PostDraft.of("마크다운으로 나간 글", "<p>한 해를 <strong>돌아보며</strong></p>"));

        HttpResponse<byte[]> export = http.send(java.net.http.HttpRequest.newBuilder(uri("/api/export/markdown"))
                .header("Authorization", asAdmin()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains(".markdown."));
        assertThat(http.send(java.net.http.HttpRequest.newBuilder(uri("/api/export/markdown"))
                .header("Authorization", basic("alice", BlogFixtures.PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);

        fixtures.resetDatabase();
        admin = fixtures.admin();
        HttpResponse<String> reimport = send(java.net.http.HttpRequest.newBuilder(uri("/api/import/markdown"))
                .header("Authorization", asAdmin()).header("Content-Type", "application/zip")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(export.body())));
        assertThat(reimport.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(reimport.body()).path("posts").asInt()).isOne();
        assertThat(get("/api/posts").body()).contains("마크다운으로 나간 글");
    }
}
