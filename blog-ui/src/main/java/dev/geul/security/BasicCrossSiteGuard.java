package dev.geul.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser that once signed in to the API with HTTP Basic sends those credentials with any request to it, also one
 * a page elsewhere makes: a form, or a script's request that needs no permission (a POST with no body, a form body
 * or {@code text/plain}). So a POST signed in with Basic must carry what no such request can: a {@code Content-Type}
 * of what it sends ({@code application/json}, {@code application/xml}, {@code application/zip}, an image...) or an
 * {@code X-Requested-With} header. A browser asks the blog before sending either across sites, and the blog allows
 * no other site. PUT and DELETE are never sent across sites without asking, and tokens are never sent by a browser
 * on its own, so neither needs this. curl with {@code -u} and a {@code -H 'Content-Type: …'} passes.
 */
final class BasicCrossSiteGuard extends OncePerRequestFilter {

    static final String REQUESTED_WITH = "X-Requested-With";

    /** The bodies a page on another site may send without asking first (CORS "simple" requests). */
    private static final Set<String> SIMPLE_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getMethod().equals("POST") && signsInWithBasic(request) && request.getHeader(REQUESTED_WITH) == null
                && isSimple(request.getContentType())) {
            SecurityConfiguration.writeJsonError(response, HttpStatus.FORBIDDEN, "A POST signed in with HTTP Basic"
                    + " needs the Content-Type of its body (application/json, application/xml, application/zip, an"
                    + " image) or an " + REQUESTED_WITH + " header", null);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean signsInWithBasic(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.strip().toLowerCase(Locale.ROOT).startsWith("basic");
    }

    private static boolean isSimple(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return SIMPLE_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
        } catch (InvalidMediaTypeException e) {
            return true;
        }
    }
}
