package dev.geul.base.html;

import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/** Short plain-text previews of HTML, for lists, meta descriptions and feeds. */
public final class Excerpts {

    public static final int DEFAULT_LENGTH = 200;

    private Excerpts() {
    }

    public static String fromHtml(String html, int maxLength) {
        return shorten(plainText(html), maxLength);
    }

    /**
     * The text of some HTML, without markup. Markup hidden behind entities ({@code &lt;script&gt;}) is removed
     * too, so the text stays harmless even where a renderer forgets to escape it.
     */
    public static String plainText(@Nullable String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String text = html;
        for (int pass = 0; pass < 3; pass++) {
            String next = Jsoup.parseBodyFragment(text).text();
            if (next.equals(text)) {
                break;
            }
            text = next;
        }
        return text.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
    }

    /** Cuts at a space where there is one near the limit (Korean text has spaces between words too). */
    public static String shorten(String text, int maxLength) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.codePointCount(0, clean.length()) <= maxLength) {
            return clean;
        }
        int end = clean.offsetByCodePoints(0, maxLength);
        int space = clean.lastIndexOf(' ', end);
        if (space > end * 2 / 3) {
            end = space;
        }
        return clean.substring(0, end).strip() + "…";
    }
}
