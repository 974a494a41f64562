package dev.geul.reader;

import java.util.List;

import dev.geul.base.Permalinks;
import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.Visibility;
import dev.geul.web.RunningBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** What a crawler or a link preview sees: the page's head, and its text in the same HTML people get. */
class PageHeadIT extends RunningBlog {

    @Autowired
    CategoryService categories;

    private Document page(String path) {
        var response = get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static String meta(Document page, String attribute, String key) {
        var element = page.head().getElementsByAttributeValue(attribute, key).first();
        return element == null ? null : element.attr("content");
    }

    @Test
    void a_post_fetched_with_plain_http_carries_its_title_description_open_graph_tags_and_text() {
        CategoryNode life = as(admin, () -> categories.create(new CategoryDraft("일상")));
        PostDetail post = publish(alice, PostDraft.of("나의 2023년 회고",
                        "<p>회사에서 배운 것들을 정리해 본다.</p><p><img src=\"/media/2023/cover.jpg\" alt=\"표지\"></p>")
                .withCategory(life.id()).withTags(List.of("회고")));
        String url = "https://blog.example.kr" + Permalinks.post(post.slug());

        Document page = page(Permalinks.post(post.slug()));

        assertThat(page.title()).isEqualTo("나의 2023년 회고 - 글 블로그");
        assertThat(meta(page, "name", "description")).isEqualTo("회사에서 배운 것들을 정리해 본다.");
        assertThat(meta(page, "property", "og:title")).isEqualTo("나의 2023년 회고");
        assertThat(meta(page, "property", "og:description")).isEqualTo("회사에서 배운 것들을 정리해 본다.");
        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
        assertThat(meta(page, "property", "og:url")).isEqualTo(url);
        assertThat(meta(page, "property", "og:image")).isEqualTo("https://blog.example.kr/media/2023/cover.jpg");
        assertThat(meta(page, "property", "article:published_time")).isEqualTo("2026-03-01T09:00:00Z");
        assertThat(page.head().select("link[rel=canonical]").attr("href")).isEqualTo(url);
        assertThat(page.head().select("link[rel=alternate][type=application/atom+xml]")).extracting(e -> e.attr("href"))
                .contains("https://blog.example.kr/feed", "https://blog.example.kr/feed" + Permalinks.category("일상"));
        assertThat(page.select("article h1").text()).isEqualTo("나의 2023년 회고");
        assertThat(page.select("article").text()).contains("회사에서 배운 것들을 정리해 본다.");
        assertThat(page.select("script[type=application/ld+json]").html()).contains("\"headline\":\"나의 2023년 회고\"");
    }

    @Test
    void a_protected_post_gives_its_title_but_never_its_text() {
        PostDetail post = publish(alice, PostDraft.of("잠긴 글", "<p>비밀번호를 아는 사람만 읽는 내용</p>")
                .withVisibility(Visibility.PASSWORD, "1234"));

        var response = get(Permalinks.post(post.slug()));
        Document page = Jsoup.parse(response.body());

        assertThat(meta(page, "property", "og:title")).isEqualTo("잠긴 글");
        assertThat(meta(page, "name", "description")).isNull();
        assertThat(response.body()).doesNotContain("비밀번호를 아는 사람만 읽는 내용");
    }

    @Test
    void private_posts_and_drafts_leave_no_trace() {
        PostDetail diary = publish(alice, PostDraft.of("비공개 일기", "<p>나만 보는 이야기</p>")
                .withVisibility(Visibility.PRIVATE, null));
        PostDetail draft = as(alice, () -> posts.create(PostDraft.of("초안 제목", "<p>쓰는 중인 이야기</p>")));

        String privatePage = get(Permalinks.post(diary.slug())).body();
        String draftPage = get(Permalinks.post(draft.slug())).body();

        assertThat(privatePage).doesNotContain("비공개 일기").doesNotContain("나만 보는 이야기");
        assertThat(draftPage).doesNotContain("초안 제목").doesNotContain("쓰는 중인 이야기");
    }

    @Test
    void the_home_page_carries_the_blogs_title_description_feed_and_latest_posts() {
        PostDetail post = publish(alice, PostDraft.of("첫 글", "<p>안녕하세요</p>"));

        Document page = page("/");

        assertThat(page.title()).isEqualTo("글 블로그");
        assertThat(meta(page, "name", "description")).isEqualTo("글을 쓰고 나누는 곳");
        assertThat(meta(page, "property", "og:title")).isEqualTo("글 블로그");
        assertThat(meta(page, "property", "og:url")).isEqualTo("https://blog.example.kr/");
        assertThat(page.head().select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("https://blog.example.kr/feed");
        assertThat(page.select("main article a").attr("href")).isEqualTo(Permalinks.post(post.slug()));
    }

    @Test
    void a_page_has_its_own_permalink_and_an_unlisted_post_asks_not_to_be_indexed() {
        PostDetail about = publish(admin, PostDraft.of("소개", "<p>이 블로그는</p>").asPage(null));
        PostDetail unlisted = publish(alice, PostDraft.of("링크로만", "<p>목록에 없는 글</p>")
                .withVisibility(Visibility.UNLISTED, null));

        Document aboutPage = page(Permalinks.page(about.slug()));
        Document unlistedPage = page(Permalinks.post(unlisted.slug()));

        assertThat(aboutPage.head().select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://blog.example.kr" + Permalinks.page("소개"));
        assertThat(meta(unlistedPage, "name", "robots")).isEqualTo("noindex");
        assertThat(meta(page(Permalinks.page(about.slug())), "name", "robots")).isNull();
    }
}
