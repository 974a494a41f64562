package dev.geul.transfer.wxr;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Entities;

/** How WordPress writes text, dates and addresses, and how geul reads and writes them. */
final class WxrText {

    static final DateTimeFormatter WXR_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final Pattern MORE = Pattern.compile("<!--\\s*more\\b.*?-->", Pattern.DOTALL);
    private static final Pattern PRE = Pattern.compile("(?is)<pre[\\s>].*?</pre>");
    private static final Pattern BLOCK_START = Pattern.compile("(?i)^<(?:/?(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd"
            + "|blockquote|pre|table|thead|tbody|tfoot|tr|td|th|caption|figure|figcaption|hr|address|form|fieldset"
            + "|section|article|aside|header|footer|nav|details|summary|iframe|object|embed|video|audio)\\b|!--)");

    private WxrText() {
    }

    /**
     * Classic WordPress content keeps paragraphs as blank lines and line breaks as newlines, and WordPress adds
     * the HTML when it shows a post (wpautop). geul stores HTML, so this adds it once. Content of the block
     * editor already has its paragraphs and is left as it is.
     */
    static String paragraphs(String content) {
        if (content == null || content.isBlank()) {
            return "";
        }
        if (content.contains("<!-- wp:")) {
            return content;
        }
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        List<String> preBlocks = new ArrayList<>();
        Matcher pre = PRE.matcher(text);
        StringBuilder protectedText = new StringBuilder();
        while (pre.find()) {
            preBlocks.add(pre.group());
            pre.appendReplacement(protectedText, Matcher.quoteReplacement("<!--geul-pre-" + (preBlocks.size() - 1) + "-->"));
        }
        pre.appendTail(protectedText);
        StringBuilder html = new StringBuilder(text.length() + 64);
        for (String chunk : protectedText.toString().split("\\n\\s*\\n")) {
            String block = chunk.strip();
            if (block.isEmpty()) {
                continue;
            }
            if (BLOCK_START.matcher(block).lookingAt()) {
                html.append(block);
            } else {
                html.append("<p>").append(block.replace("\n", "<br>\n")).append("</p>");
            }
            html.append('\n');
        }
        String result = html.toString().strip();
        for (int i = 0; i < preBlocks.size(); i++) {
            result = result.replace("<!--geul-pre-" + i + "-->", preBlocks.get(i));
        }
        return result;
    }

    /** The HTML before WordPress's {@code <!--more-->} mark, or null when the content has none. */
    static @Nullable String beforeMore(String content) {
        if (content == null) {
            return null;
        }
        Matcher more = MORE.matcher(content);
        return more.find() ? content.substring(0, more.start()) : null;
    }

    /** Plain text written so that WordPress, which reads these fields as HTML, shows it as it is. */
    static String escape(@Nullable String plainText) {
        return plainText == null ? "" : Entities.escape(plainText);
    }

    /** A WXR date ({@code 2013-01-10 20:15:40}); null for WordPress's "no date" (0000-00-00 ...) or garbage. */
    static @Nullable Instant date(String value, ZoneId zone) {
        if (value == null || value.isBlank() || value.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), WXR_DATE).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String format(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "0000-00-00 00:00:00" : WXR_DATE.format(instant.atZone(zone));
    }

    /** Exact instants geul keeps in its own meta fields. */
    static @Nullable Instant isoInstant(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Percent-escapes decoded ({@code %ed%95%9c} becomes 한); a literal '+' stays. */
    static String decodePercent(String value) {
        if (value == null || value.indexOf('%') < 0) {
            return value == null ? "" : value;
        }
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return value;
        }
    }

    /**
     * The path (and query) of an old address, decoded, as the redirect from it is looked up: {@code /?p=12},
     * {@code /2013/01/10/slug/}. Null for the blog's root or an address that cannot be read.
     */
    static @Nullable String legacyPath(@Nullable String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(link.strip().replace(" ", "%20"));
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            path = decodePercent(path.replaceAll("/{2,}", "/"));
            String query = uri.getRawQuery();
            String result = query == null || query.isEmpty() ? path : path + "?" + decodePercent(query);
            return result.equals("/") || result.length() > 1000 ? null : result;
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** Characters XML 1.0 cannot carry (control characters) are left out of an export. */
    static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (!allowed && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? text : safe.toString();
    }
}
