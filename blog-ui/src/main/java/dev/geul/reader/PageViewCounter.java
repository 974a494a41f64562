package dev.geul.reader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.geul.base.Permalinks;
import dev.geul.stats.PageView;
import dev.geul.stats.VisitRecorder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Counts the reader pages people are shown, those {@link PageCache} answers from memory too (it runs before it and
 * before security): a GET of the front page, a post or page, a list or the search that was answered with HTML
 * (200), or with "you have it already" (304: a reader coming back to a page their browser kept). Not the studio,
 * the API, feeds, media or files, not a redirect or an error page, not a browser's prefetch, and not the visits of
 * a signed-in writer to their own blog. The view is only queued ({@link VisitRecorder#record}); crawlers are sorted
 * out later, off the request.
 */
@Component
@Order(-101)
class PageViewCounter extends OncePerRequestFilter {

    private static final List<String> LIST_PATHS = List.of(Permalinks.CATEGORIES, Permalinks.TAGS, "/archive/");

    private final VisitRecorder recorder;
    private final Clock clock;

    PageViewCounter(VisitRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !recorder.isEnabled() || !"GET".equals(request.getMethod()) || pageOf(request) == null
                || isPrefetch(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        String type = response.getContentType();
        boolean shown = status == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
                || status == HttpServletResponse.SC_NOT_MODIFIED;
        if (shown && !isSignedIn(request)) {
            Page page = Objects.requireNonNull(pageOf(request), "only reader pages pass shouldNotFilter");
            recorder.record(view(clock.instant(), page.postSlug(), request));
        }
    }

    private static PageView view(Instant at, @Nullable String postSlug, HttpServletRequest request) {
        return new PageView(at, postSlug, request.getHeader(HttpHeaders.REFERER),
                request.getHeader(HttpHeaders.USER_AGENT), request.getRemoteAddr(), request.getServerName());
    }

    /** A reader page and the post it shows (null for a list); null for any other address. */
    private record Page(@Nullable String postSlug) {
    }

    private static @Nullable Page pageOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/")) {
            // the studio's client talks to its server through / with v-r
            return request.getParameter("v-r") == null ? new Page(null) : null;
        }
        for (String prefix : List.of(Permalinks.POSTS, Permalinks.PAGES)) {
            if (path.startsWith(prefix)) {
                String slug = path.substring(prefix.length());
                if (slug.isEmpty() || slug.contains("/")) {
                    return null;
                }
                try {
                    return new Page(UriUtils.decode(slug, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return null; // a broken escape: no post has that address
                }
            }
        }
        if (path.equals("/search") || LIST_PATHS.stream().anyMatch(path::startsWith)) {
            return new Page(null);
        }
        return null;
    }

    private static boolean isPrefetch(HttpServletRequest request) {
        String purpose = request.getHeader("Sec-Purpose");
        if (purpose == null) {
            purpose = request.getHeader("Purpose");
        }
        return purpose != null && purpose.contains("prefetch") || "prefetch".equals(request.getHeader("X-Moz"));
    }

    private static boolean isSignedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Object context;
        try {
            context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        } catch (IllegalStateException signedOut) {
            return false;
        }
        return context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().isAuthenticated();
    }
}
