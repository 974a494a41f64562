package dev.geul.reader;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.geul.site.ReaderPageNotices;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTest {

    final AtomicInteger rendered = new AtomicInteger();
    final PageCache cache = new PageCache(Duration.ofSeconds(30), Duration.ZERO);

    FilterChain page(String cacheControl) {
        return (request, response) -> {
            rendered.incrementAndGet();
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("Cache-Control", cacheControl);
            http.setHeader("ETag", "\"abc\"");
            http.setContentType("text/html;charset=UTF-8");
            http.getOutputStream().write("<h1>제주 여행</h1>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        };
    }

    MockHttpServletResponse get(String path, FilterChain chain, java.util.function.Consumer<MockHttpServletRequest> more)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        more.accept(request);
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, chain);
        return response;
    }

    @Test
    void a_page_everyone_sees_alike_is_rendered_once_for_many_readers() throws Exception {
        FilterChain chain = page("max-age=60, stale-while-revalidate=600, public");
        MockHttpServletResponse first = get("/posts/제주", chain, request -> { });
        MockHttpServletResponse second = get("/posts/제주", chain, request -> { });

        assertThat(rendered).hasValue(1);
        assertThat(second.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<h1>제주 여행</h1>");
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(second.getHeader("Cache-Control")).contains("public");
        MockHttpServletResponse again = get("/posts/제주", chain, request -> request.addHeader("If-None-Match", "\"abc\""));
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(rendered).hasValue(1);
    }

    @Test
    void a_personal_page_and_a_signed_in_writer_are_never_served_from_it() throws Exception {
        FilterChain personal = page("no-store");
        get("/posts/초안", personal, request -> { });
        get("/posts/초안", personal, request -> { });
        assertThat(rendered).hasValue(2);

        FilterChain shared = page("max-age=60, public");
        get("/posts/공개", shared, request -> { });
        get("/posts/공개", shared, request -> request.setCookies(new Cookie("JSESSIONID", "writer")));
        assertThat(rendered).hasValue(4);

        cache.clear();
        get("/posts/공개", shared, request -> { });
        assertThat(rendered).hasValue(5);
    }

    @Test
    void a_notice_of_changed_pages_forgets_every_kept_page() throws Exception {
        FilterChain shared = page("max-age=60, public");
        get("/posts/제주", shared, request -> { });
        get("/tag/여행", shared, request -> { });

        cache.readerPagesChanged(new ReaderPageNotices.Changed());
        get("/posts/제주", shared, request -> { });
        get("/tag/여행", shared, request -> { });

        assertThat(rendered).hasValue(4);
    }

    @Test
    void a_page_rendered_while_the_pages_changed_is_sent_but_not_kept() throws Exception {
        FilterChain shared = page("max-age=60, public");
        // the change commits after the page read its data, before it was sent
        FilterChain changedMeanwhile = (request, response) -> {
            shared.doFilter(request, response);
            cache.readerPagesChanged(new ReaderPageNotices.Changed());
        };
        MockHttpServletResponse sent = get("/posts/제주", changedMeanwhile, request -> { });
        get("/posts/제주", shared, request -> { });

        assertThat(sent.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<h1>제주 여행</h1>");
        assertThat(rendered).hasValue(2);
    }

    @Test
    void while_the_database_is_away_a_page_is_served_as_last_sent_and_other_failures_are_not_hidden()
            throws Exception {
        PageCache outageOnly = new PageCache(Duration.ZERO, Duration.ofHours(1));
        MockHttpServletResponse first = new MockHttpServletResponse();
        outageOnly.doFilter(new MockHttpServletRequest("GET", "/posts/제주"), first, page("max-age=60, public"));
        FilterChain databaseAway = (request, response) -> {
            throw new jakarta.servlet.ServletException("Request processing failed",
                    new org.springframework.jdbc.CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));
        };

        MockHttpServletResponse during = new MockHttpServletResponse();
        outageOnly.doFilter(new MockHttpServletRequest("GET", "/posts/제주"), during, databaseAway);

        assertThat(during.getStatus()).isEqualTo(200);
        assertThat(during.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<h1>제주 여행</h1>");
        assertThat(during.getHeader("Cache-Control")).isEqualTo("no-cache");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> outageOnly.doFilter(
                        new MockHttpServletRequest("GET", "/posts/처음"), new MockHttpServletResponse(), databaseAway))
                .as("a page never sent has no copy").isInstanceOf(jakarta.servlet.ServletException.class);
        FilterChain bug = (request, response) -> {
            throw new IllegalStateException("a bug, not an outage");
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> outageOnly.doFilter(
                        new MockHttpServletRequest("GET", "/posts/제주"), new MockHttpServletResponse(), bug))
                .isInstanceOf(IllegalStateException.class);
    }
}
