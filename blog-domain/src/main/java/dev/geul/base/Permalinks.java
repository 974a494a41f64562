package dev.geul.base;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one place that decides where a post, page, category or tag lives on the web. Slugs keep their Hangul;
 * paths carry them percent-encoded, as browsers send them.
 */
public final class Permalinks {

    public static final String POSTS = "/posts/";
    public static final String PAGES = "/pages/";
    public static final String CATEGORIES = "/category/";
    public static final String TAGS = "/tag/";

    private Permalinks() {
    }

    public static String post(String slug) {
        return POSTS + encode(slug);
    }

    public static String page(String slug) {
        return PAGES + encode(slug);
    }

    public static String category(String slug) {
        return CATEGORIES + encode(slug);
    }

    public static String tag(String slug) {
        return TAGS + encode(slug);
    }

    public static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
