package dev.geul.reader;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.geul.base.Permalinks;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.web.RunningBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 공감 pressed over plain HTTP, as a browser without scripts sends it. */
class LikesIT extends RunningBlog {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    private static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1";

    @Test
    void pressed_twice_by_one_reader_counts_once_and_by_another_twice_without_a_session() {
        PostDetail post = publish(alice, PostDraft.of("공감 받는 글", "<p>좋으면 눌러 주세요</p>"));

        HttpResponse<String> first = press(post, FIREFOX, tokenOf(post, FIREFOX));
        HttpResponse<String> again = press(post, FIREFOX, tokenOf(post, FIREFOX));

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(countOn(post)).isEqualTo("공감 1");

        HttpResponse<String> other = press(post, PHONE, tokenOf(post, PHONE));

        assertThat(countOn(post)).isEqualTo("공감 2");
        for (HttpResponse<String> response : java.util.List.of(first, again, other)) {
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        Document thanked = Jsoup.parse(send(HttpRequest.newBuilder(uri(other.headers().firstValue("Location")
                .orElseThrow().replace("#like", ""))).header("User-Agent", PHONE)).body());
        assertThat(thanked.select("#like .notice").text()).isEqualTo("공감해 주셔서 고맙습니다.");
    }

    @Test
    void the_count_stands_in_the_lists_of_posts() {
        PostDetail post = publish(alice, PostDraft.of("목록의 공감", "<p>본문</p>"));
        press(post, FIREFOX, tokenOf(post, FIREFOX));

        Document home = Jsoup.parse(get("/").body());

        assertThat(home.select(".post-card .likes").text()).isEqualTo("공감 1");
    }

    @Test
    void a_press_without_the_page_s_token_or_from_another_site_counts_nothing() {
        PostDetail post = publish(alice, PostDraft.of("위조된 공감", "<p>본문</p>"));

        HttpResponse<String> forged = press(post, FIREFOX, "1.abc");
        HttpResponse<String> fromElsewhere = send(HttpRequest.newBuilder(uri(Permalinks.post(post.slug()) + "/like"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + tokenOf(post, FIREFOX))));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(forged.body()).select("#like .notice").text()).contains("다시 눌러 주세요");
        assertThat(countOn(post)).isEqualTo("공감 0");
    }

    private String tokenOf(PostDetail post, String userAgent) {
        Document page = Jsoup.parse(send(HttpRequest.newBuilder(uri(Permalinks.post(post.slug())))
                .header("User-Agent", userAgent)).body());
        return page.select("#like input[name=token]").val();
    }

    private HttpResponse<String> press(PostDetail post, String userAgent, String token) {
        return send(HttpRequest.newBuilder(uri(Permalinks.post(post.slug()) + "/like"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token)));
    }

    private String countOn(PostDetail post) {
        return Jsoup.parse(get(Permalinks.post(post.slug())).body()).select("#like .like-count").text();
    }
}
