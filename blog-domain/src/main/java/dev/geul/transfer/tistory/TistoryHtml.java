package dev.geul.transfer.tistory;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What both of Tistory's backups need once their own markup is read: frames made links, the author's own images
 * and links pointed at geul's copies (or listed when the backup lacks them), and the small builders of figures,
 * images and paragraphs the other passes share.
 */
final class TistoryHtml {

    private static final Pattern SIZE = Pattern.compile("\\d{1,5}");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern WEB_URL = Pattern.compile("(?i)^https?://\\S+$");
    private static final Pattern VIDEO_HOST = Pattern.compile("(?i)^https?://([^/]*\\.)?(youtube\\.com"
            + "|youtube-nocookie\\.com|youtu\\.be|tv\\.kakao\\.com|play-tv\\.kakao\\.com|tv\\.naver\\.com"
            + "|tvpot\\.daum\\.net|videofarm\\.daum\\.net|vimeo\\.com|dailymotion\\.com)/");
    // marks what the conversion built, so the passes over the author's own images and links leave it alone
    private static final String BUILT = "data-geul-built";
    /** Tistory's own words for a fold without a label. */
    static final String DEFAULT_FOLD_LABEL = "더보기";

    private TistoryHtml() {
    }


    /** Frames and embedded players become links: geul shows no frames, and a link is what a reader can follow. */
    static void framesToLinks(Element body) {
        for (Element frame : body.select("iframe, embed")) {
            String url = webUrl(frame.attr("src"));
            if (url == null) {
                frame.remove();
                continue;
            }
            Element link = frameLink(url);
            Element parent = frame.parent();
            frame.replaceWith(parent != null && parent.normalName().equals("p") ? link : paragraph(link));
        }
    }

    static Element frameLink(String url) {
        String label = VIDEO_HOST.matcher(url).find() ? "동영상: " : "삽입된 페이지: ";
        return built(new Element("a").attr("href", url).text(label + url));
    }

    /**
     * The author's own img elements: a file of the backup gets geul's URL or, when the backup lacks it, goes
     * (and is listed); an image on another server stays and is listed as remote. backupFile gives the name to
     * look up, or null for anything else (left for the sanitizer).
     */
    static void authorImages(Element body, TistoryConversion conversion,
                             Function<String, @Nullable String> backupFile) {
        for (Element img : body.select("img[src]:not([" + BUILT + "])")) {
            String src = img.attr("src").strip();
            String remote = webUrl(src);
            if (remote != null) {
                img.attr("src", conversion.remoteImage(remote));
                continue;
            }
            String name = backupFile.apply(src);
            if (name == null) {
                continue;
            }
            Optional<String> url = conversion.image(name);
            if (url.isEmpty()) {
                img.remove();
            } else {
                // srcset would still point into the backup, or at Tistory
                img.attr("src", url.get()).removeAttr("srcset");
            }
        }
    }

    /** Links to files of the backup: to geul's copy, or, when the backup lacks the file, plain text (listed). */
    static void authorLinks(Element body, TistoryConversion conversion,
                            Function<String, @Nullable String> backupFile) {
        for (Element link : body.select("a[href]:not([" + BUILT + "])")) {
            String name = backupFile.apply(link.attr("href").strip());
            if (name == null) {
                continue;
            }
            Optional<String> url = conversion.file(name);
            if (url.isEmpty()) {
                link.unwrap();
            } else {
                link.attr("href", url.get());
            }
        }
    }

    static boolean isRemote(String src) {
        return webUrl(src) != null;
    }

    /** An img src of the current backup that names one of its files: "./img/photo.png", "img/photo.png". */
    static boolean isBackupImage(String src) {
        return !src.isEmpty() && !SCHEME.matcher(src).find() && !src.startsWith("/") && !src.startsWith("#")
                && !src.startsWith("?");
    }

    /** A link of the current backup to one of its files; other relative links stay as the author wrote them. */
    static boolean isBackupFile(String href) {
        return href.startsWith("./") || href.startsWith("img/") || href.startsWith("file/");
    }

    /** An http(s) address, protocol-relative ones completed with https; null for anything else. */
    static @Nullable String webUrl(String value) {
        String url = value == null ? "" : value.strip();
        if (url.startsWith("//")) {
            url = "https:" + url;
        }
        return WEB_URL.matcher(url).matches() ? url : null;
    }

    static @Nullable String firstWebUrl(String... candidates) {
        for (String candidate : candidates) {
            String url = webUrl(candidate);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    static Element image(String src, String alt, @Nullable String width, @Nullable String height) {
        Element img = built(new Element("img").attr("src", src).attr("alt", alt == null ? "" : alt));
        if (width != null && SIZE.matcher(width.strip()).matches()) {
            img.attr("width", width.strip());
        }
        if (height != null && SIZE.matcher(height.strip()).matches()) {
            img.attr("height", height.strip());
        }
        return img;
    }

    /**
     * Images (and links standing in for media) with their caption: a figure, with a figcaption only when the
     * caption has words. When nothing could be brought along, the caption stays as a paragraph: it is the
     * author's text, and it shows where the missing image was.
     */
    static List<Element> block(List<Element> media, @Nullable Element caption) {
        Element words = caption != null && !caption.text().isBlank() ? caption : null;
        if (media.isEmpty()) {
            return words != null ? List.of(words.tagName("p")) : List.of();
        }
        boolean images = media.stream().anyMatch(element -> !element.normalName().equals("p"));
        if (!images && words == null) {
            return media;
        }
        Element figure = new Element("figure");
        figure.appendChildren(media);
        if (words != null) {
            figure.appendChild(words.tagName("figcaption"));
        }
        return List.of(figure);
    }

    static void replace(Element old, List<Element> replacements) {
        for (Element replacement : replacements) {
            old.before(replacement);
        }
        old.remove();
    }

    static Element paragraph(Element content) {
        return new Element("p").appendChild(content);
    }

    static Element built(Element element) {
        return element.attr(BUILT, "");
    }

    static String lastSegment(String reference) {
        String path = reference.replaceAll("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String textOf(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.parseBodyFragment(html).text().strip();
    }

    static Element parse(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document.body();
    }

    static String serialize(List<? extends Node> nodes) {
        Element holder = parse("");
        for (Node node : nodes) {
            holder.appendChild(node);
        }
        return holder.html();
    }
}
