package dev.geul.reader;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Whether a form was sent from one of the blog's own pages, by the browser's {@code Origin} header (or its
 * {@code Referer} when an older browser sends no origin): the blog's public address, or the address the request
 * came to. A request with neither is let through, as some privacy settings strip both; the form's token still
 * has to be right.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean isSameOrigin(HttpServletRequest request, String baseUrl) {
        String origin = request.getHeader("Origin");
        String claimed;
        if (origin == null || origin.isBlank() || origin.equals("null")) {
            String referer = request.getHeader("Referer");
            if (referer == null || referer.isBlank()) {
                return origin == null || origin.isBlank();
            }
            // a referer that names no site (a bare path, a broken address) is from nowhere known
            claimed = originOf(referer);
        } else {
            claimed = originOf(origin);
        }
        return claimed != null && (claimed.equals(originOf(baseUrl)) || claimed.equals(requestOrigin(request)));
    }

    private static String requestOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static @Nullable String originOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
                    || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
