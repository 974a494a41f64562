package dev.geul.reader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A reader following a link to an address the blog does not have (an old Tistory {@code /guestbook}, a typo) gets
 * the blog's 404 page, not the studio's sign-in. Runs after old addresses were redirected and before security;
 * leaves alone every address something answers: reader pages, feeds, media, the API, the studio and its files.
 */
@Component
@Order(-190)
class UnknownAddressFilter extends OncePerRequestFilter {

    private static final List<String> ANSWERED = List.of("/api/", "/VAADIN/", "/frontend/", "/HEARTBEAT", "/feed",
            "/rss", "/sitemap.xml", "/robots.txt", "/media/", "/actuator", "/login", "/logout", "/error", "/admin",
            "/posts/", "/pages/", "/category/", "/tag/", "/search", "/archive/", "/sw", "/offline", "/icons/",
            "/themes/", "/connect", "/manifest", "/favicon", "/mail/",
            // an uploaded theme's images and fonts
            "/theme-files/",
            // the comment writer a post's page frames, and the loader of Vaadin's exported components
            "/comment-writer", "/web-component/");
    private static final Pattern FILE = Pattern.compile("(?i).*\\.[a-z0-9]{1,12}$");

    private final NotFoundPages notFound;

    UnknownAddressFilter(NotFoundPages notFound) {
        this.notFound = notFound;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method))) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() || path.equals("/") || FILE.matcher(path).matches()
                || ANSWERED.stream().anyMatch(path::startsWith) || isStudioRoute(request, path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ResponseEntity<String> page = notFound.notFound();
        response.setStatus(page.getStatusCode().value());
        page.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        byte[] body = page.getBody() == null ? new byte[0] : page.getBody().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean isStudioRoute(HttpServletRequest request, String path) {
        String route = path.substring(1);
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
