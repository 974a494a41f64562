package dev.geul.stats;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.geul.base.Permalinks;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers and crawlers visit the blog over HTTP with the referrers search engines send; the statistics are then read
 * through the admin API and compared with what was sent.
 */
class VisitorStatisticsIT extends VisitsOverHttp {

    private static final String WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private static final List<String> CRAWLERS = List.of(
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)",
            "Mozilla/5.0 (compatible; Daumoa/4.0; +http://cs.daum.net/faq/15/4118.html?faqId=28966)",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)");
    private static final String NAVER = "https://search.naver.com/search.naver?where=nexearch&query="
            + "%EA%B8%80+%EB%B8%94%EB%A1%9C%EA%B7%B8";
    private static final String DAUM = "https://search.daum.net/search?w=tot&q=%ED%95%9C%EA%B8%80";
    private static final String GOOGLE = "https://www.google.com/";
    private static final String GOOGLE_WITH_WORDS = "https://www.google.co.kr/search?q=geul+blog";
    private static final String BING = "https://www.bing.com/search?q=%EB%B8%94%EB%A1%9C%EA%B7%B8";

    @Test
    void readers_are_counted_by_day_post_origin_and_search_words_and_crawlers_are_not() {
        PostDetail post = publish(alice, PostDraft.of("통계 글", "<p>읽어 주세요</p>"));
        String page = Permalinks.post(post.slug());
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (String crawler : CRAWLERS) {
            responses.add(visit(page, crawler, null));
            responses.add(visit("/", crawler, GOOGLE));
        }
        // not pages: a feed, the API, a missing post
        visit("/feed", FIREFOX, null);
        visit("/api/posts", FIREFOX, null);
        assertThat(visit(Permalinks.post("없는-글"), FIREFOX, NAVER).statusCode()).isEqualTo(404);

        responses.add(visit(page, FIREFOX, NAVER));
        responses.add(visit(page, FIREFOX, DAUM));
        responses.add(visit(page, IPHONE, GOOGLE));
        responses.add(visit("/", IPHONE, GOOGLE_WITH_WORDS));
        responses.add(visit(page, WINDOWS, BING));
        responses.add(visit(page, FIREFOX, "http://127.0.0.1:" + port + "/"));
        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));

        awaitCountedViews(6);
        JsonNode summary = api("/api/admin/stats/summary");
        assertThat(summary.at("/today/views").asLong()).isEqualTo(6);
        assertThat(summary.at("/today/visitors").asLong()).as("three browsers, however often they came").isEqualTo(3);
        assertThat(summary.at("/today/day").asString()).isEqualTo("2026-03-01");
        assertThat(summary.at("/yesterday/views").asLong()).isZero();
        assertThat(summary.at("/totalViews").asLong()).isEqualTo(6);

        JsonNode posts = api("/api/admin/stats/posts");
        assertThat(posts.at("/total").asLong()).isEqualTo(1);
        assertThat(posts.at("/items/0/title").asString()).isEqualTo("통계 글");
        assertThat(posts.at("/items/0/views").asLong()).isEqualTo(5);
        assertThat(posts.at("/items/0/visitors").asLong()).isEqualTo(3);

        assertThat(pairs(api("/api/admin/stats/sources"), "source", "views"))
                .as("a move within the blog is no origin")
                .containsExactly("GOOGLE=2", "BING=1", "DAUM=1", "NAVER=1");
        assertThat(triples(api("/api/admin/stats/search-words").at("/items")))
                .containsExactlyInAnyOrder("NAVER 글 블로그 1", "DAUM 한글 1", "GOOGLE geul blog 1", "BING 블로그 1");

        HttpResponse<String> csv = send(HttpRequest.newBuilder(uri("/api/admin/stats/daily.csv?from=2026-02-28&to=2026-03-01"))
                .header("Authorization", basic("root", BlogFixtures.PASSWORD)));
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo("day,views,visitors\r\n2026-02-28,0,0\r\n2026-03-01,6,3\r\n");
    }

    @Test
    void nothing_personal_is_stored_and_the_day_s_visitors_are_forgotten_after_it() {
        PostDetail post = publish(alice, PostDraft.of("개인정보 없는 글", "<p>본문</p>"));
        visit(Permalinks.post(post.slug()), FIREFOX, "https://www.clien.net/service/board/park/123?secret=x");
        awaitCountedViews(1);

        for (String table : List.of("visit_day", "post_visit_day", "referrer_day", "search_word_day", "visit_visitor")) {
            List<String> rows = jdbc.sql("select t::text from " + table + " t").query(String.class).list();
            assertThat(rows).as(table).noneMatch(row -> row.contains("127.0.0.1") || row.contains("Firefox")
                    || row.contains("Mozilla") || row.contains("secret") || row.contains("/service/"));
        }
        assertThat(jdbc.sql("select host from referrer_day").query(String.class).list()).containsExactly("clien.net");
        assertThat(jdbc.sql("select count(*) from visit_visitor").query(Long.class).single()).isEqualTo(2);

        clock.advance(Duration.ofDays(1));
        recorder.forgetVisitorsOfDaysPast();

        assertThat(jdbc.sql("select count(*) from visit_visitor").query(Long.class).single()).isZero();
        assertThat(api("/api/admin/stats/summary").at("/yesterday/visitors").asLong()).isEqualTo(1);
    }

    @Test
    void a_range_that_ends_before_it_starts_is_refused_and_strangers_see_nothing() {
        HttpResponse<String> backwards = send(HttpRequest.newBuilder(
                        uri("/api/admin/stats/daily?from=2026-03-05&to=2026-03-01"))
                .header("Authorization", basic("root", BlogFixtures.PASSWORD)));
        HttpResponse<String> tooLong = send(HttpRequest.newBuilder(
                        uri("/api/admin/stats/posts?from=2020-01-01&to=2026-03-01"))
                .header("Authorization", basic("root", BlogFixtures.PASSWORD)));
        HttpResponse<String> author = send(HttpRequest.newBuilder(uri("/api/admin/stats/summary"))
                .header("Authorization", basic("alice", BlogFixtures.PASSWORD)));

        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(backwards.body()).at("/code").asString()).isEqualTo("error.stats.range");
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(get("/api/admin/stats/summary").statusCode()).isEqualTo(401);
        assertThat(author.statusCode()).isEqualTo(403);
    }
}
