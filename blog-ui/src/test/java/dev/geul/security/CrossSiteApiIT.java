package dev.geul.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.geul.testing.BlogFixtures;
import dev.geul.web.RunningBlog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page on another site cannot use the Basic credentials an admin's browser keeps for the API: the API never asks
 * a browser for them, every body must say what it is, and a POST signed in with Basic needs what no form sends.
 */
class CrossSiteApiIT extends RunningBlog {

    static final String WXR = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel><wp:wxr_version>1.2</wp:wxr_version>
              <item><title>다른 사이트가 넣은 글</title><dc:creator>mallory</dc:creator>
                <content:encoded><![CDATA[<p><img src="http://169.254.169.254/latest/meta-data/"></p>]]></content:encoded>
                <wp:post_id>1</wp:post_id><wp:post_date_gmt>2024-01-10 13:20:00</wp:post_date_gmt>
                <wp:post_name>planted</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
              </item>
            </channel></rss>
            """;

    private HttpResponse<String> post(String path, String contentType, String requestedWith, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(WXR, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (requestedWith != null) {
            request.header("X-Requested-With", requestedWith);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private String asAdmin() {
        return basic(admin.username(), BlogFixtures.PASSWORD);
    }

    @Test
    void a_form_another_site_posts_with_the_admins_basic_credentials_imports_nothing() {
        for (String type : new String[]{"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", null}) {
            HttpResponse<String> response = post("/api/import/wxr", type, null, asAdmin());

            assertThat(response.statusCode()).as(String.valueOf(type)).isEqualTo(403);
            assertThat(response.body()).contains("X-Requested-With");
        }
        assertThat(get("/api/posts").body()).doesNotContain("다른 사이트가 넣은 글");
        assertThat(reader.findReadable("planted", null)).isEmpty();
    }

    @Test
    void an_api_client_with_basic_and_the_content_type_of_its_file_imports_as_documented() {
        HttpResponse<String> response = post("/api/import/wxr", "application/xml", null, asAdmin());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(get("/api/posts").body()).contains("다른 사이트가 넣은 글");
    }

    @Test
    void every_endpoint_that_reads_a_raw_body_refuses_a_body_that_does_not_say_what_it_is() {
        for (String path : new String[]{"/api/import/wxr", "/api/import/tistory", "/api/import/media",
                "/api/import/markdown", "/api/media"}) {
            HttpResponse<String> response = post(path, "text/plain", "XMLHttpRequest", asAdmin());

            assertThat(response.statusCode()).as(path).isEqualTo(415);
        }
        assertThat(reader.findReadable("planted", null)).isEmpty();
    }

    @Test
    void the_api_never_asks_a_browser_for_a_password() {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/export/wxr")));
        HttpResponse<String> wrongPassword = send(HttpRequest.newBuilder(uri("/api/export/wxr"))
                .header("Authorization", basic(admin.username(), "not-the-password")));

        for (HttpResponse<String> response : java.util.List.of(anonymous, wrongPassword)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().allValues("WWW-Authenticate")).noneMatch(challenge ->
                    challenge.toLowerCase(java.util.Locale.ROOT).startsWith("basic"));
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        }
    }
}
