package dev.geul.web.sitemap;

import java.net.http.HttpResponse;
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
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

class SitemapIT extends RunningBlog {

    static final String BASE = "https://blog.example.kr";

    @Autowired
    CategoryService categories;

    @Test
    void the_sitemap_lists_exactly_the_public_published_posts_pages_and_categories() {
        CategoryNode life = as(admin, () -> categories.create(new CategoryDraft("일상")));
        as(admin, () -> categories.create(new CategoryDraft("비어 있음")));
        CategoryNode hidden = as(admin, () -> categories.create(new CategoryDraft("비공개만")));
        PostDetail post = publish(alice, PostDraft.of("나의 회고", "<p>x</p>").withCategory(life.id()));
        PostDetail page = publish(admin, PostDraft.of("소개", "<p>x</p>").asPage(null));
        publish(alice, PostDraft.of("잠긴 글", "<p>x</p>").withVisibility(Visibility.PASSWORD, "1234"));
        publish(alice, PostDraft.of("링크로만", "<p>x</p>").withVisibility(Visibility.UNLISTED, null));
        publish(alice, PostDraft.of("비공개", "<p>x</p>").withVisibility(Visibility.PRIVATE, null)
                .withCategory(hidden.id()));
        as(alice, () -> posts.create(PostDraft.of("초안", "<p>x</p>")));
        as(alice, () -> posts.schedule(posts.create(PostDraft.of("예약", "<p>x</p>")).id(),
                clock.instant().plusSeconds(3600)));

        HttpResponse<String> response = get("/sitemap.xml");
        List<String> locations = Jsoup.parse(response.body(), "", Parser.xmlParser()).select("url > loc")
                .eachText();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/xml"));
        assertThat(response.body()).contains("xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"");
        assertThat(locations).containsExactlyInAnyOrder(BASE + "/", BASE + Permalinks.post(post.slug()),
                BASE + Permalinks.page(page.slug()), BASE + Permalinks.category("일상"));
    }

    @Test
    void robots_txt_names_the_sitemap() {
        HttpResponse<String> response = get("/robots.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Sitemap: https://blog.example.kr/sitemap.xml").contains("User-agent: *");
    }
}
