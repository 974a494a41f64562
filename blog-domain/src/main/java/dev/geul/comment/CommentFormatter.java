package dev.geul.comment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Comments are plain text. Shown, every character is escaped, line breaks are kept and web addresses become
 * links (nofollow, so spam links earn nothing). The result also passes a whitelist, as a second net.
 */
@Component
public class CommentFormatter {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}…。、";
    private static final Safelist COMMENT_SAFELIST = Safelist.none()
            .addTags("a", "br")
            .addAttributes("a", "href", "rel")
            .addProtocols("a", "href", "http", "https");

    public String toHtml(String plainText) {
        if (plainText == null || plainText.isEmpty()) {
            return "";
        }
        String text = plainText.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder html = new StringBuilder(text.length() + 32);
        Matcher matcher = URL.matcher(text);
        int last = 0;
        while (matcher.find()) {
            String url = matcher.group();
            int end = matcher.end();
            while (!url.isEmpty() && TRAILING_PUNCTUATION.indexOf(url.charAt(url.length() - 1)) >= 0) {
                url = url.substring(0, url.length() - 1);
                end--;
            }
            html.append(escape(text.substring(last, matcher.start())));
            String escapedUrl = escape(url);
            html.append("<a href=\"").append(escapedUrl).append("\" rel=\"nofollow ugc noopener\">")
                    .append(escapedUrl).append("</a>");
            last = end;
        }
        html.append(escape(text.substring(last)));
        String withBreaks = html.toString().replace("\n", "<br>");
        return Jsoup.clean(withBreaks, "", COMMENT_SAFELIST,
                new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false));
    }

    /** Counts the web addresses in a comment (spam carries many). */
    public int countLinks(String plainText) {
        Matcher matcher = URL.matcher(plainText == null ? "" : plainText);
        int links = 0;
        while (matcher.find()) {
            links++;
        }
        return links;
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
