package dev.geul.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import dev.geul.base.Permalinks;
import dev.geul.post.PostReader;
import dev.geul.post.PostSummary;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Old links keep working after a move: a GET for an address the blog had before an import
 * ({@code /2013/01/10/slug/}, {@code /?p=123} from WordPress; {@code /123}, {@code /entry/제목}, {@code /m/123}
 * from Tistory) answers 301 with the post's new address. Only addresses nothing
 * here answers are looked up: geul's routes, its resources and the API pass untouched. Runs before the security
 * filters, so a guest following an old link is not sent to the login page first.
 */
@Component
@Order(-200)
class LegacyRedirectFilter extends OncePerRequestFilter {

    private static final List<String> OWN_PREFIXES = List.of("/api/", "/VAADIN/", "/frontend/", "/HEARTBEAT",
            "/feed", "/sitemap.xml", "/robots.txt", "/media/", "/actuator", "/login", "/logout", "/error",
            Permalinks.POSTS, Permalinks.PAGES, Permalinks.CATEGORIES, Permalinks.TAGS);
    private static final Pattern STATIC_FILE = Pattern.compile(
            "(?i).*\\.(css|js|mjs|map|png|jpe?g|gif|webp|avif|svg|ico|woff2?|ttf|json|webmanifest|txt|xml)$");
    /** WordPress's short links, which end at the home page here unless redirected. */
    private static final Pattern WORDPRESS_SHORT_LINK = Pattern.compile("(p|page_id)=\\d{1,19}");

    private static final String TISTORY_MOBILE = "/m/";

    private final PostReader posts;

    LegacyRedirectFilter(PostReader posts) {
        this.posts = posts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> target = legacyPath(request).flatMap(this::findByLegacyPath)
                .map(post -> post.kind().permalink(post.slug()));
        if (target.isPresent()) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + target.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The post at an old address; Tistory's mobile addresses ({@code /m/123}, {@code /m/entry/…}) as its others. */
    private Optional<PostSummary> findByLegacyPath(String path) {
        Optional<PostSummary> found = posts.findByLegacyPath(path);
        if (found.isEmpty() && path.startsWith(TISTORY_MOBILE)) {
            found = posts.findByLegacyPath(path.substring(TISTORY_MOBILE.length() - 1));
        }
        return found;
    }

    /** The decoded path (and query) to look up, or empty when geul itself answers this address. */
    private Optional<String> legacyPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        if (path.isEmpty() || path.equals("/")) {
            return query != null && WORDPRESS_SHORT_LINK.matcher(query).matches() ? Optional.of("/?" + query)
                    : Optional.empty();
        }
        if (path.length() > 1000 || STATIC_FILE.matcher(path).matches()
                || OWN_PREFIXES.stream().anyMatch(path::startsWith)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (isVaadinRoute(request, decoded)) {
            return Optional.empty();
        }
        if (query == null || query.isEmpty()) {
            return Optional.of(decoded);
        }
        try {
            return Optional.of(decoded + "?" + URLDecoder.decode(query.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static boolean isVaadinRoute(HttpServletRequest request, String path) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        if (route.endsWith("/")) {
            route = route.substring(0, route.length() - 1);
        }
        try {
            return ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()))
                    .getNavigationTarget(route).isPresent();
        } catch (RuntimeException unknown) {
            return false;
        }
    }
}
