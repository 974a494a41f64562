package dev.geul.web.feed;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import dev.geul.base.Permalinks;
import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.Visibility;
import dev.geul.web.RunningBlog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The Atom feeds as a feed reader reads them. */
class FeedIT extends RunningBlog {

    @Autowired
    CategoryService categories;

    private SyndFeed read(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    @Test
    void the_blog_feed_is_atom_with_korean_text_intact_and_what_feed_readers_need() throws Exception {
        CategoryNode life = as(admin, () -> categories.create(new CategoryDraft("일상")));
        PostDetail older = publish(alice, PostDraft.of("나의 2023년 회고",
                        "<p>회사에서 배운 것 &amp; 사람들</p><p><img src=\"/media/cover.jpg\" alt=\"표지\"></p>")
                .withCategory(life.id()).withTags(List.of("회고")));
        clock.advance(Duration.ofHours(1));
        publish(alice, PostDraft.of("잠긴 글", "<p>비밀 내용</p>").withVisibility(Visibility.PASSWORD, "1234"));
        publish(alice, PostDraft.of("링크로만", "<p>x</p>").withVisibility(Visibility.UNLISTED, null));
        publish(alice, PostDraft.of("비공개", "<p>x</p>").withVisibility(Visibility.PRIVATE, null));
        as(alice, () -> posts.create(PostDraft.of("초안", "<p>x</p>")));

        HttpResponse<String> response = get("/feed");
        SyndFeed feed = read(response);

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/atom+xml").containsIgnoringCase("charset=UTF-8"));
        assertThat(response.body()).contains("나의 2023년 회고").doesNotContain("비밀 내용");
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("글 블로그");
        assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref).contains(
                org.assertj.core.groups.Tuple.tuple("self", "https://blog.example.kr/feed"),
                org.assertj.core.groups.Tuple.tuple("alternate", "https://blog.example.kr/"));
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("잠긴 글", "나의 2023년 회고");

        SyndEntry entry = feed.getEntries().get(1);
        assertThat(entry.getUri()).isEqualTo("tag:blog.example.kr,2026-03-01:post-" + older.id());
        assertThat(entry.getLink()).isEqualTo("https://blog.example.kr" + Permalinks.post(older.slug()));
        assertThat(entry.getPublishedDate()).isEqualTo(Date.from(older.publishedAt()));
        assertThat(entry.getUpdatedDate()).isNotNull();
        assertThat(entry.getAuthor()).isEqualTo("Alice");
        assertThat(entry.getDescription().getValue()).isEqualTo("회사에서 배운 것 & 사람들");
        assertThat(entry.getContents()).singleElement().satisfies(content -> {
            assertThat(content.getType()).isEqualTo("html");
            assertThat(content.getValue()).contains("회사에서 배운 것 &amp; 사람들")
                    .contains("src=\"https://blog.example.kr/media/cover.jpg\"");
        });
        assertThat(entry.getCategories()).extracting(SyndCategory::getName).containsExactly("일상", "회고");

        SyndEntry locked = feed.getEntries().getFirst();
        assertThat(locked.getContents()).isEmpty();
        assertThat(locked.getDescription().getValue()).contains("protected");
    }

    @Test
    void a_category_feed_holds_the_posts_of_the_category_and_those_below_it() throws Exception {
        CategoryNode life = as(admin, () -> categories.create(new CategoryDraft("일상")));
        CategoryNode travel = as(admin, () -> categories.create(new CategoryDraft("여행").withParent(life.id())));
        publish(alice, PostDraft.of("제주도", "<p>바다</p>").withCategory(travel.id()));
        publish(alice, PostDraft.of("회사 이야기", "<p>일</p>"));

        SyndFeed feed = read(get(FeedController.path("일상")));

        assertThat(feed.getTitle()).isEqualTo("일상 - 글 블로그");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("제주도");
        assertThat(get(FeedController.path("nowhere")).statusCode()).isEqualTo(404);
    }
}
