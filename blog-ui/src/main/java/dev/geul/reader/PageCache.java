package dev.geul.reader;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.geul.site.ReaderPageNotices;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Reader pages everyone sees alike, kept as rendered for a moment ({@code geul.ui.reader-cache}, 2 seconds, as the
 * data they are made of): a post shared on a community site costs one rendering a moment, not one a reader. Only
 * pages the reader side marks {@code public} are kept, only for requests without a session (a signed-in writer
 * sees more). A change readers would see (a publish, an edit of a live post, a comment written, approved or deleted,
 * a new appearance, a category or tag changed) forgets them all at once, on every node of the blog, as soon as its
 * transaction commits ({@link ReaderPageNotices}): the moment only spares the work of rendering, never hides a change.
 *
 * <p>Each page is also kept as it was last sent ({@code geul.ui.reader-cache-outage}, an hour): while the database
 * is away (restarting, out of reach) and a page cannot be made, readers get that copy instead of an error.
 */
@Component
// after Spring Security (-100), whose headers every page gets, kept or not
@Order(-99)
class PageCache extends OncePerRequestFilter {

    private static final List<String> READER_PATHS = List.of("/posts/", "/pages/", "/category/", "/tag/",
            "/archive/", "/search");

    /** A page as it was sent. */
    private record Kept(int status, String contentType, @Nullable String etag, String cacheControl,
                        @Nullable String policy, byte[] body) {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageCache.class);
    /** At most this much of pages is kept for an outage (a rendered page is tens of kilobytes). */
    private static final long OUTAGE_COPIES_BYTES = 64L * 1024 * 1024;

    /** Counts the times every page was forgotten: a page rendered across one may show what was before it. */
    private final AtomicLong changes = new AtomicLong();

    /** None when pages are not kept ({@code geul.ui.reader-cache} of zero). */
    private final @Nullable Cache<String, Kept> pages;
    /** None when no copy is kept for an outage ({@code geul.ui.reader-cache-outage} of zero). */
    private final @Nullable Cache<String, Kept> lastSent;

    PageCache(@Value("${geul.ui.reader-cache:2s}") Duration ttl,
              @Value("${geul.ui.reader-cache-outage:1h}") Duration outageTtl) {
        this.pages = ttl.isZero() || ttl.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(2_000).build();
        this.lastSent = outageTtl.isZero() || outageTtl.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(outageTtl).maximumWeight(OUTAGE_COPIES_BYTES)
                .<String, Kept>weigher((key, page) -> page.body().length + key.length()).build();
    }

    /** Forgets every kept page once a new appearance is stored (after its transaction). */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void appearanceChanged(dev.geul.site.AppearanceService.AppearanceChanged changed) {
        clear();
    }

    /** Forgets every kept page once an uploaded theme is stored again or deleted (it may be the one in use). */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void themeChanged(dev.geul.site.ThemeService.ThemeChanged changed) {
        clear();
    }

    /** Forgets every kept page once pages readers see have changed, on this node or another. */
    @EventListener
    void readerPagesChanged(ReaderPageNotices.Changed changed) {
        clear();
    }

    /** Forgets every kept page. */
    void clear() {
        changes.incrementAndGet();
        if (pages != null) {
            pages.invalidateAll();
        }
        if (lastSent != null) {
            lastSent.invalidateAll();
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if ((pages == null && lastSent == null) || !"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || hasSession(request)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/") || READER_PATHS.stream().anyMatch(path::startsWith));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Kept kept = pages == null ? null : pages.getIfPresent(key);
        if (kept != null) {
            send(kept, request, response);
            return;
        }
        long changesBefore = changes.get();
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } catch (ServletException | IOException | RuntimeException e) {
            Kept copy = lastSent == null ? null : lastSent.getIfPresent(key);
            if (copy == null || response.isCommitted() || !dev.geul.base.DatabaseOutage.causes(e)) {
                throw e;
            }
            log.warn("The database is away: {} is served as it was last sent ({})", key, e.toString());
            // the copy may be old by now: nobody downstream should keep it
            send(new Kept(copy.status(), copy.contentType(), null, "no-cache", copy.policy(), copy.body()), request,
                    response);
            return;
        }
        String cacheControl = recorded.getHeader(HttpHeaders.CACHE_CONTROL);
        if (recorded.getStatus() == HttpServletResponse.SC_OK && cacheControl != null
                && cacheControl.contains("public") && recorded.getHeader(HttpHeaders.SET_COOKIE) == null) {
            Kept page = new Kept(recorded.getStatus(), recorded.getContentType(),
                    recorded.getHeader(HttpHeaders.ETAG), cacheControl,
                    recorded.getHeader("Content-Security-Policy"), recorded.getContentAsByteArray());
            if (pages != null) {
                pages.put(key, page);
            }
            if (lastSent != null) {
                lastSent.put(key, page);
            }
            // read before a change committed while it was rendered: sent this once, but not kept
            if (changes.get() != changesBefore) {
                if (pages != null) {
                    pages.invalidate(key);
                }
                if (lastSent != null) {
                    lastSent.invalidate(key);
                }
            }
        }
        recorded.copyBodyToResponse();
    }

    private static void send(Kept kept, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, kept.cacheControl());
        if (kept.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, kept.etag());
            String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
            if (asked != null && asked.contains(kept.etag())) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        if (kept.policy() != null) {
            response.setHeader("Content-Security-Policy", kept.policy());
        }
        response.setStatus(kept.status());
        response.setContentType(kept.contentType());
        response.setContentLength(kept.body().length);
        response.getOutputStream().write(kept.body());
    }

    private static boolean hasSession(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals("JSESSIONID")) {
                return true;
            }
        }
        return false;
    }
}
