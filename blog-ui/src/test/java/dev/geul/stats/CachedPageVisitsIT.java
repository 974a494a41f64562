package dev.geul.stats;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.geul.base.Permalinks;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With the rendered-page cache on, as it is by default outside the tests. */
@TestPropertySource(properties = "geul.ui.reader-cache=1m")
class CachedPageVisitsIT extends VisitsOverHttp {

    @Test
    void a_page_answered_from_the_rendered_page_cache_is_counted_too() {
        PostDetail post = publish(alice, PostDraft.of("캐시된 글", "<p>본문</p>"));
        String page = Permalinks.post(post.slug());

        HttpResponse<String> first = visit(page, FIREFOX, null);
        // the stored title changes without telling the nodes (its notice trigger off), so the kept page stays: the
        // second answer comes from the cache
        jdbc.sql("alter table post disable trigger post_reader_pages").update();
        try {
            jdbc.sql("update post set title = '바뀐 제목' where id = ?").param(post.id()).update();
        } finally {
            jdbc.sql("alter table post enable trigger post_reader_pages").update();
        }
        HttpResponse<String> second = visit(page, IPHONE, null);

        assertThat(first.body()).contains("캐시된 글");
        assertThat(second.body()).contains("캐시된 글").doesNotContain("바뀐 제목");
        awaitCountedViews(2);
        assertThat(api("/api/admin/stats/posts").at("/items/0/views").asLong()).isEqualTo(2);
        assertThat(pairs(api("/api/admin/stats/sources"), "source", "views")).containsExactly("DIRECT=2");
    }

    @Test
    void a_reader_coming_back_to_a_page_their_browser_kept_is_counted() {
        PostDetail post = publish(alice, PostDraft.of("다시 읽는 글", "<p>본문</p>"));
        String page = Permalinks.post(post.slug());
        HttpResponse<String> first = visit(page, FIREFOX, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = send(HttpRequest.newBuilder(uri(page)).header("User-Agent", FIREFOX)
                .header("If-None-Match", etag));

        assertThat(again.statusCode()).isEqualTo(304);
        awaitCountedViews(2);
        assertThat(api("/api/admin/stats/summary").at("/today/views").asLong()).isEqualTo(2);
        assertThat(api("/api/admin/stats/summary").at("/today/visitors").asLong()).isEqualTo(1);
    }
}
