package dev.geul.site;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a theme's stylesheet may load: its own files (a relative {@code url(fonts/a.woff2)}) and inline data, never
 * another host (a reader's visit would tell it), never a script. Relative addresses are pointed at the theme's files
 * when the stylesheet is served inside a page ({@link #pointedAt}).
 */
public final class ThemeCss {

    private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile("@import", Pattern.CASE_INSENSITIVE);

    private ThemeCss() {
    }

    /** @throws ThemeRefusedException for {@code @import}, another host's address, a script or an IE expression */
    static void check(String css) {
        if (IMPORT.matcher(css).find()) {
            throw refused("@import");
        }
        String lower = css.toLowerCase(Locale.ROOT);
        for (String forbidden : new String[]{"expression(", "javascript:", "behavior:", "-moz-binding"}) {
            if (lower.contains(forbidden)) {
                throw refused(forbidden);
            }
        }
        Matcher url = URL.matcher(css);
        while (url.find()) {
            String address = url.group(2).strip();
            if (!(address.startsWith("data:") || address.startsWith("#") || relative(address))) {
                throw refused("url(" + address + ")");
            }
        }
    }

    /** The stylesheet with its relative addresses under {@code base} (the theme's files, ending in {@code /}). */
    public static String pointedAt(String css, String base) {
        return URL.matcher(css).replaceAll(found -> {
            String address = found.group(2).strip();
            return Matcher.quoteReplacement(relative(address) ? "url(\"" + base + address + "\")" : found.group());
        });
    }

    private static boolean relative(String address) {
        return !address.isEmpty() && !address.contains(":") && !address.startsWith("/") && !address.startsWith("\\")
                && !address.contains("..");
    }

    private static ThemeRefusedException refused(String what) {
        return ThemeRefusedException.ofFile("error.theme.css", "theme.css may use only the theme's own files and "
                + "inline data, no " + what, what);
    }
}
