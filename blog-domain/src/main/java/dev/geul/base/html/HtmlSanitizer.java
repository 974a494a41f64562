package dev.geul.base.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The single gate every HTML from an author, a commenter or an import passes before it is stored.
 * A whitelist (jsoup's {@link Safelist}): what is not listed is dropped, so new attack tricks fail closed.
 */
@Component
public class HtmlSanitizer {

    /** Uploaded images are served from here; a relative src is allowed only below it. */
    public static final String MEDIA_PATH = "/media/";

    private static final String RELATIVE_LINK_BASE = "https://relative.invalid/";

    private final Safelist postSafelist = Safelist.relaxed()
            // details and summary carry the folds of imported posts (Tistory's "더보기"); they take no attributes
            .addTags("s", "strike", "del", "ins", "hr", "mark", "figure", "figcaption", "kbd", "samp", "var",
                    "details", "summary")
            .addAttributes("a", "title", "rel", "target")
            .addAttributes("img", "loading")
            .addAttributes("code", "class")
            .addAttributes("pre", "class")
            .addAttributes("th", "scope")
            .addTags("iframe")
            .addAttributes("iframe", "src", "width", "height", "title", "allowfullscreen")
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("img", "src", "http", "https")
            .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
            .addProtocols("a", "href", "http", "https", "mailto")
            .removeProtocols("blockquote", "cite", "http", "https")
            .removeProtocols("q", "cite", "http", "https")
            .preserveRelativeLinks(true);

    private final Cleaner postCleaner = new Cleaner(postSafelist);

    /**
     * Cleans rich content (posts, pages, excerpts with markup). Keeps headings, paragraphs, emphasis,
     * lists, quotes, code, links (http, https, mailto), images (http, https and the blog's media path),
     * figures, folds (details and summary), tables, rules, line breaks and the players of known video sites
     * (YouTube, Vimeo, Kakao TV, Naver TV) in a sandbox; drops scripts, event handlers, styles, other frames and
     * unsafe URLs.
     */
    public String sanitizePostHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        // a base URI lets jsoup check relative links' protocol; preserveRelativeLinks keeps them relative
        Document dirty = Jsoup.parseBodyFragment(html, RELATIVE_LINK_BASE);
        Document clean = postCleaner.clean(dirty);
        for (Element image : clean.select("img[src]")) {
            if (!isAllowedImageSource(image.attr("src"))) {
                image.remove();
            }
        }
        for (Element link : clean.select("a[href]")) {
            String href = link.attr("href").trim();
            if (!(href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")
                    || (href.startsWith("/") && !href.startsWith("//")) || href.startsWith("#"))) {
                link.removeAttr("href");
            } else {
                link.attr("rel", "nofollow noopener");
            }
            // a link may open in a new tab, and nowhere else (a named frame could be another site's window)
            if (link.hasAttr("target") && !link.attr("target").equals("_blank")) {
                link.removeAttr("target");
            }
        }
        for (Element frame : clean.select("iframe")) {
            if (!isVideoPlayer(frame.attr("src"))) {
                frame.remove();
            } else {
                // a player runs its own scripts in its own origin, never the blog's; it may go full screen
                frame.attr("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
                frame.attr("loading", "lazy");
                frame.attr("referrerpolicy", "strict-origin-when-cross-origin");
                frame.empty();
            }
        }
        for (Element stray : clean.select("ul > br, ol > br, dl > br, table > br, thead > br, tbody > br, tfoot > br, tr > br")) {
            // a line break between list items or table rows is no part of them (WordPress's automatic paragraphs
            // leave them)
            stray.remove();
        }
        for (Element list : clean.select("ul, ol, dl")) {
            if (list.children().isEmpty() && list.text().isBlank()) {
                // a list with no items shows nothing
                list.remove();
            }
        }
        for (Element anchor : clean.select("a:not([href])")) {
            // a link that leads nowhere is its text: kept as text, so every editor keeps it the same way
            anchor.unwrap();
        }
        for (Element code : clean.select("code[class], pre[class]")) {
            // only the "language-xyz" class an editor sets for code blocks survives
            String language = code.attr("class").trim();
            if (!language.matches("language-[A-Za-z0-9_+#-]{1,30}")) {
                code.removeAttr("class");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /**
     * Reduces any text that may hold markup (titles, names) to plain text. Markup hidden behind entities
     * ({@code &lt;script&gt;}) is removed too, so the text stays harmless even where a renderer forgets to escape.
     */
    public String toPlainText(@Nullable String html) {
        return Excerpts.plainText(html);
    }

    /** Video players readers know, embedded by their https address; no other page may be framed in a post. */
    static final java.util.regex.Pattern VIDEO_PLAYER = java.util.regex.Pattern.compile(
            "https://(www\\.youtube\\.com/embed/|www\\.youtube-nocookie\\.com/embed/|player\\.vimeo\\.com/video/"
                    + "|tv\\.kakao\\.com/embed/|play-tv\\.kakao\\.com/embed/|serviceapi\\.nmv\\.naver\\.com/flash/"
                    + "|tv\\.naver\\.com/embed/)[^\\s\"'<>]*");

    static boolean isVideoPlayer(String src) {
        return VIDEO_PLAYER.matcher(src.trim()).matches();
    }

    private static boolean isAllowedImageSource(String src) {
        String value = src.trim();
        return value.startsWith("https://") || value.startsWith("http://") || value.startsWith(MEDIA_PATH);
    }
}
