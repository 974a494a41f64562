package dev.geul.reader;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import dev.geul.base.Permalinks;
import dev.geul.comment.MentionData;
import dev.geul.comment.MentionKind;
import dev.geul.comment.Mentions;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.testing.BlogFixtures;
import dev.geul.web.RunningBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pingbacks and trackbacks a moving blog brings are shown under a post as mentions of it, apart from its comments:
 * not counted as comments, their words as plain text, and a link only to a web page.
 */
class MentionsIT extends RunningBlog {

    @Autowired
    Mentions mentions;

    @Test
    void a_post_shows_who_mentioned_it_apart_from_its_comments() {
        PostDetail post = publish(alice, PostDraft.of("많이 인용된 글", "<p>여기저기서 링크한 글</p>"));
        int stored = BlogFixtures.as(admin, () -> mentions.store(List.of(
                new MentionData(null, post.id(), MentionKind.PINGBACK, "어느 개발 블로그 &raquo; 읽은 글 모음",
                        "https://dev.example.org/links/", "<p>좋은 글 <b>모음</b>에 넣었습니다</p>",
                        Instant.parse("2024-03-01T09:00:00Z"), "mention-1"),
                new MentionData(null, post.id(), MentionKind.TRACKBACK, "<script>alert(1)</script>옛 블로그",
                        "javascript:alert(1)", "", Instant.parse("2024-03-02T09:00:00Z"), "mention-2"),
                // the same archive imported again adds nothing
                new MentionData(null, post.id(), MentionKind.PINGBACK, "다시", "https://again.example.org/", "",
                        Instant.parse("2024-03-03T09:00:00Z"), "mention-1"))));

        HttpResponse<String> response = get(Permalinks.post(post.slug()));
        Document page = Jsoup.parse(response.body());

        assertThat(stored).isEqualTo(2);
        assertThat(page.select("#mentions-heading").text()).isEqualTo("이 글을 언급한 곳 (2)");
        assertThat(page.select(".mentions li")).hasSize(2);
        assertThat(page.select(".mentions li").get(0).select("a").attr("href")).isEqualTo("https://dev.example.org/links/");
        assertThat(page.select(".mentions li").get(0).select("a").attr("rel")).contains("nofollow").contains("ugc");
        assertThat(page.select(".mentions li").get(0).text()).contains("어느 개발 블로그 » 읽은 글 모음", "핑백",
                "좋은 글 모음에 넣었습니다");
        assertThat(page.select(".mentions li").get(1).select("a")).as("no link to a script").isEmpty();
        assertThat(page.select(".mentions li").get(1).text()).contains("옛 블로그", "트랙백").doesNotContain("<script>");
        assertThat(page.select(".mentions script")).isEmpty();
        assertThat(page.select("#comments h2").text()).as("mentions are not comments").isEqualTo("댓글 0");
    }

    @Test
    void only_an_admin_brings_mentions_in() {
        PostDetail post = publish(alice, PostDraft.of("언급", "<p>글</p>"));

        assertThatThrownBy(() -> BlogFixtures.as(alice, () -> mentions.store(List.of(new MentionData(null, post.id(),
                MentionKind.PINGBACK, "누군가", "https://x.example.org/", "", Instant.now(), null)))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
