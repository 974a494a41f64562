package dev.geul.ui.base;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.router.BeforeEnterEvent;

/** Reads the {@code :slug} route parameter as the stored slug (Hangul, not percent-escapes). */
public final class RouteSlugs {

    private RouteSlugs() {
    }

    public static String slug(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("slug").orElse("");
        return raw.indexOf('%') >= 0 ? URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8) : raw;
    }
}
