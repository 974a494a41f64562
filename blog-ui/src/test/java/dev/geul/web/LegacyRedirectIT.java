package dev.geul.web;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.geul.base.Permalinks;
import dev.geul.transfer.wxr.WxrImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Links to the blog's old home keep working after an import: old addresses answer 301 with the new ones. */
class LegacyRedirectIT extends RunningBlog {

    static final String WXR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel><wp:wxr_version>1.2</wp:wxr_version>
              <link>http://old.example.kr</link>
              <wp:base_blog_url>http://old.example.kr</wp:base_blog_url>
              <item>
                <title>2023년 회고</title>
                <link>http://old.example.kr/2023/12/31/%ed%9a%8c%ea%b3%a0/</link>
                <dc:creator>minji</dc:creator>
                <content:encoded><![CDATA[한 해를 돌아보며]]></content:encoded>
                <wp:post_id>11</wp:post_id>
                <wp:post_date_gmt>2023-12-31 14:30:00</wp:post_date_gmt>
                <wp:post_name>%ed%9a%8c%ea%b3%a0</wp:post_name>
                <wp:status>publish</wp:status>
                <wp:post_type>post</wp:post_type>
              </item>
              <item>
                <title>소개</title>
                <link>http://old.example.kr/?page_id=13</link>
                <dc:creator>minji</dc:creator>
                <content:encoded><![CDATA[안녕하세요]]></content:encoded>
                <wp:post_id>13</wp:post_id>
                <wp:post_date_gmt>2023-01-01 00:00:00</wp:post_date_gmt>
                <wp:post_name>about</wp:post_name>
                <wp:status>publish</wp:status>
                <wp:post_type>page</wp:post_type>
              </item>
              <item>
                <title>비밀 일기</title>
                <link>http://old.example.kr/2024/01/01/diary/</link>
                <dc:creator>minji</dc:creator>
                <content:encoded><![CDATA[나만]]></content:encoded>
                <wp:post_id>14</wp:post_id>
                <wp:post_date_gmt>2024-01-01 00:00:00</wp:post_date_gmt>
                <wp:post_name>diary</wp:post_name>
                <wp:status>private</wp:status>
                <wp:post_type>post</wp:post_type>
              </item>
            </channel>
            </rss>
            """;

    @Autowired
    WxrImporter importer;

    @BeforeEach
    void importOldBlog() {
        as(admin, () -> importer.importWxr(new ByteArrayInputStream(WXR.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void an_old_post_address_answers_301_with_its_new_permalink_with_or_without_the_final_slash() {
        HttpResponse<String> withSlash = get("/2023/12/31/%ED%9A%8C%EA%B3%A0/");
        HttpResponse<String> withoutSlash = get("/2023/12/31/%ed%9a%8c%ea%b3%a0");

        assertThat(withSlash.statusCode()).isEqualTo(301);
        assertThat(withSlash.headers().firstValue("Location")).hasValue(Permalinks.post("회고"));
        assertThat(withoutSlash.statusCode()).isEqualTo(301);
        assertThat(get(withSlash.headers().firstValue("Location").orElseThrow()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_wordpress_short_link_to_a_page_answers_301_and_the_home_page_stays_the_home_page() {
        HttpResponse<String> shortLink = get("/?page_id=13");

        assertThat(shortLink.statusCode()).isEqualTo(301);
        assertThat(shortLink.headers().firstValue("Location")).hasValue(Permalinks.page("about"));
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/?page_id=999").statusCode()).isEqualTo(200);
    }

    @Test
    void geul_s_own_routes_resources_and_other_methods_are_not_redirected() {
        assertThat(get(Permalinks.post("회고")).statusCode()).isEqualTo(200);
        assertThat(get("/feed").statusCode()).isEqualTo(200);
        assertThat(get("/api/posts").statusCode()).isEqualTo(200);
        assertThat(get("/no/such/address").statusCode()).isNotEqualTo(301);
        HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/2023/12/31/%ED%9A%8C%EA%B3%A0/"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(post.statusCode()).isNotEqualTo(301);
    }

    @Test
    void a_private_post_s_old_address_does_not_give_it_away() {
        assertThat(get("/2024/01/01/diary/").statusCode()).isNotEqualTo(301);
    }
}
