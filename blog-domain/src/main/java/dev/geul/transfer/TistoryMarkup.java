package dev.geul.transfer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the body of a Tistory post into the HTML geul stores, from either of Tistory's two backups.
 * <p>
 * The old XML backup (TTXML) keeps the HTML of the Tattertools editor, in which attachments and folds are text
 * markers that Tistory replaced only when it showed a post: {@code [##_1C|name|attributes|caption_##]} (also
 * 1L, 1R, 2C, 3C, Gallery, iMazing and Jukebox) and {@code [#M_more|less|body_M#]}. Their layouts follow
 * Tattertools' own renderer. The current backup keeps the HTML of the block editor, whose blocks carry
 * {@code data-ke-*} attributes. Both become plain HTML that {@link dev.geul.base.html.HtmlSanitizer} keeps:
 * figures, {@code details}, {@code pre/code}, quotes, rules and links.
 * <p>
 * Nothing the author wrote disappears without a word: an attachment the backup lacks, and a marker geul cannot
 * show (a Tistory movie, say), are left out of the HTML and named in {@link Converted#missingImages()}. Images
 * that stay on other servers are kept and named in {@link Converted#remoteImages()}, for the caller to fetch or
 * keep. Frames are never kept: a video becomes a link to it.
 */
final class TistoryMarkup {

    /** The HTML of a post, what it could not bring along, and the images it still loads from other servers. */
    record Converted(String html, List<String> missingImages, List<String> remoteImages) {

        Converted {
            missingImages = List.copyOf(missingImages);
            remoteImages = List.copyOf(remoteImages);
        }
    }

    private static final String MARKER_START = "[##_";
    private static final String MARKER_END = "_##]";
    private static final Pattern ATTACH_PATH = Pattern.compile("\\[##_ATTACH_PATH_##\\]/?");
    private static final Pattern FOLD_TOKEN = Pattern.compile("\\[#M_|_M#\\]");
    private static final Pattern IMAGES_IN_A_ROW = Pattern.compile("([1-3])[LCR]");
    private static final Pattern MARKER_ATTRIBUTE = Pattern.compile(
            "([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    private static final Pattern SIZE = Pattern.compile("\\d{1,5}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#-]{1,30}");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern WEB_URL = Pattern.compile("(?i)^https?://\\S+$");
    private static final Pattern VIDEO_HOST = Pattern.compile("(?i)^https?://([^/]*\\.)?(youtube\\.com"
            + "|youtube-nocookie\\.com|youtu\\.be|tv\\.kakao\\.com|play-tv\\.kakao\\.com|tv\\.naver\\.com"
            + "|tvpot\\.daum\\.net|videofarm\\.daum\\.net|vimeo\\.com|dailymotion\\.com)/");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "bmp", "webp");
    // an extension that names a type; attachment names without one end in a hex id
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,5}");
    private static final Set<String> NO_LANGUAGE = Set.of("text", "plain", "plaintext", "nohighlight", "none");

    // stands for [##_ATTACH_PATH_##] between the text pass and the DOM pass over TTXML
    private static final String ATTACHMENT = "geul-attachment:";
    // marks what this class built, so the passes over the author's own images and links leave it alone
    private static final String BUILT = "data-geul-built";
    // Tistory's own words for a fold without a label
    private static final String DEFAULT_FOLD_LABEL = "더보기";

    private TistoryMarkup() {
    }

    /**
     * The body of a post from Tistory's XML backup (TTXML): HTML with text markers for attachments and folds.
     * imageUrl maps an attachment's name (cfile23.uf.1614C33A50A5F9802F5CA8.png) to the URL where geul serves
     * it, or empty when the backup has no such file.
     */
    static Converted fromTtxml(String contentHtml, Function<String, Optional<String>> imageUrl) {
        Conversion conversion = new Conversion(imageUrl);
        String html = contentHtml == null ? "" : contentHtml;
        html = ATTACH_PATH.matcher(html).replaceAll(Matcher.quoteReplacement(ATTACHMENT));
        html = replaceMarkers(html, conversion);
        html = replaceFolds(html);
        Element body = parse(html);
        UnaryOperator<String> attachment =
                ref -> ref.startsWith(ATTACHMENT) ? ref.substring(ATTACHMENT.length()) : null;
        framesToLinks(body);
        authorImages(body, conversion, attachment);
        authorLinks(body, conversion, attachment);
        return conversion.finish(body);
    }

    /**
     * The body of a post from Tistory's current backup: the inner HTML of its {@code div.contents_style}.
     * imageUrl maps an image's src as written ("./img/photo.png", "img/photo.png") to the URL where geul serves
     * the file, or empty when the backup has no such file.
     */
    static Converted fromBackupHtml(String contentsStyleInnerHtml, Function<String, Optional<String>> imageUrl) {
        Conversion conversion = new Conversion(imageUrl);
        Element body = parse(contentsStyleInnerHtml == null ? "" : contentsStyleInnerHtml);
        codeBlocks(body);
        folds(body);
        linkCards(body);
        videos(body);
        framesToLinks(body);
        for (Element rule : body.select("[data-ke-type=horizontalRule]")) {
            rule.replaceWith(new Element("hr"));
        }
        imageBlocks(body, conversion);
        fileBlocks(body, conversion);
        authorImages(body, conversion, src -> isBackupImage(src) ? src : null);
        authorLinks(body, conversion, href -> isBackupFile(href) ? href : null);
        return conversion.finish(body);
    }

    // ---- TTXML: the text markers ----

    /**
     * A marker runs from [##_ to the next _##], as Tattertools reads them; a [##_ without its end stays text
     * instead of swallowing the post up to the next marker.
     */
    private static String replaceMarkers(String html, Conversion conversion) {
        StringBuilder out = new StringBuilder(html.length());
        int at = 0;
        int start = html.indexOf(MARKER_START);
        while (start >= 0) {
            int end = html.indexOf(MARKER_END, start + MARKER_START.length());
            if (end < 0) {
                break;
            }
            int nextStart = html.indexOf(MARKER_START, start + MARKER_START.length());
            if (nextStart >= 0 && nextStart < end) {
                start = nextStart;
                continue;
            }
            out.append(html, at, start)
                    .append(markerHtml(html.substring(start + MARKER_START.length(), end), conversion));
            at = end + MARKER_END.length();
            start = html.indexOf(MARKER_START, at);
        }
        return out.append(html.substring(at)).toString();
    }

    private static String markerHtml(String marker, Conversion conversion) {
        String[] split = marker.split("\\|", -1);
        String type = split[0].strip();
        List<String> fields = new ArrayList<>();
        for (int i = 1; i < split.length; i++) {
            fields.add(split[i].strip());
        }
        Matcher inARow = IMAGES_IN_A_ROW.matcher(type);
        List<Element> blocks;
        if (inARow.matches()) {
            blocks = imagesInARow(Integer.parseInt(inARow.group(1)), fields, conversion);
        } else {
            blocks = switch (type) {
                case "Gallery" -> gallery(fields, conversion);
                case "iMazing" -> slideshow(fields, conversion);
                case "Jukebox" -> jukebox(fields, conversion);
                default -> null;
            };
        }
        if (blocks == null) {
            // a movie, a Flash file, a layout geul does not know: the reader would see raw marker text, so it is
            // left out, and named so the author can put it back by hand
            conversion.missing(MARKER_START + marker.replaceAll("\\s+", " ").strip() + MARKER_END);
            return "";
        }
        return serialize(blocks);
    }

    /** 1L, 1C, 1R, 2C, 3C: name|attributes|caption for each image; the letter is only the alignment. */
    private static List<Element> imagesInARow(int count, List<String> fields, Conversion conversion) {
        List<Element> blocks = new ArrayList<>();
        if (fields.size() >= 3 * count) {
            for (int i = 0; i < count; i++) {
                String caption = fields.get(3 * i + 2);
                Element media = attachment(fields.get(3 * i), attributes(fields.get(3 * i + 1)), caption, conversion);
                blocks.addAll(block(media == null ? List.of() : List.of(media), figcaption(caption)));
            }
            return blocks;
        }
        if (fields.size() == 2 * count || fields.size() == 2 * count + 1) {
            // name|attributes pairs with one caption for the row
            String caption = fields.size() > 2 * count ? fields.get(2 * count) : "";
            List<Element> media = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Element one = attachment(fields.get(2 * i), attributes(fields.get(2 * i + 1)), caption, conversion);
                if (one != null) {
                    media.add(one);
                }
            }
            return block(media, figcaption(caption));
        }
        return null;
    }

    /** Gallery|name|caption|name|caption|...|box size: a slideshow in which each image has its caption. */
    private static List<Element> gallery(List<String> fields, Conversion conversion) {
        List<String> items = new ArrayList<>(fields);
        // Tattertools 1.0's galleries end in one field more; its renderer drops it the same way
        if (items.size() % 2 == 0) {
            items.removeLast();
        }
        if (items.size() < 3) {
            return null;
        }
        List<Element> blocks = new ArrayList<>();
        for (int i = 0; i + 1 < items.size() - 1; i += 2) {
            Element media = attachment(items.get(i), Map.of(), items.get(i + 1), conversion);
            blocks.addAll(block(media == null ? List.of() : List.of(media), figcaption(items.get(i + 1))));
        }
        return blocks;
    }

    /** iMazing|name||name||...|player settings|caption: a slideshow with one caption. */
    private static List<Element> slideshow(List<String> fields, Conversion conversion) {
        if (fields.size() < 3) {
            return null;
        }
        String caption = fields.getLast();
        List<Element> media = new ArrayList<>();
        for (int i = 0; i < fields.size() - 2; i += 2) {
            Element one = attachment(fields.get(i), Map.of(), caption, conversion);
            if (one != null) {
                media.add(one);
            }
        }
        return block(media, figcaption(caption));
    }

    /** Jukebox|file|title|file|title|...|player settings|caption: a music player; its songs become links. */
    private static List<Element> jukebox(List<String> fields, Conversion conversion) {
        if (fields.size() < 3) {
            return null;
        }
        List<Element> blocks = new ArrayList<>();
        for (int i = 0; i + 1 < fields.size() - 2; i += 2) {
            String title = fields.get(i + 1);
            Map<String, String> attributes = title.isEmpty() ? Map.of() : Map.of("filename", title);
            Element song = attachment(fields.get(i), attributes, "", conversion);
            if (song != null) {
                blocks.add(song);
            }
        }
        blocks.addAll(block(List.of(), figcaption(fields.getLast())));
        return blocks;
    }

    /**
     * An image, or a paragraph with a download link for any other file, as Tattertools decided by the file's
     * extension; null when the backup lacks the file (it is then listed as missing).
     */
    private static Element attachment(String name, Map<String, String> attributes, String caption,
                                      Conversion conversion) {
        if (name.isEmpty()) {
            return null;
        }
        boolean image = isImage(name, attributes.getOrDefault("filemime", ""));
        Optional<String> url = image ? conversion.image(name) : conversion.file(name);
        if (url.isEmpty()) {
            return null;
        }
        String filename = attributes.getOrDefault("filename", "").strip();
        if (!image) {
            String label = filename.isEmpty() ? lastSegment(name) : filename;
            return paragraph(built(new Element("a").attr("href", url.get()).text(label)));
        }
        String alt = attributes.getOrDefault("alt", "").strip();
        if (alt.isEmpty()) {
            alt = filename.isEmpty() ? textOf(caption) : filename;
        }
        return image(url.get(), alt, attributes.get("width"), attributes.get("height"));
    }

    private static boolean isImage(String name, String mime) {
        String last = lastSegment(name);
        int dot = last.lastIndexOf('.');
        String extension = dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (IMAGE_EXTENSIONS.contains(extension)) {
            return true;
        }
        return !EXTENSION.matcher(extension).matches() && mime.strip().toLowerCase(Locale.ROOT).startsWith("image/");
    }

    private static Map<String, String> attributes(String field) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = MARKER_ATTRIBUTE.matcher(field);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), value);
        }
        return attributes;
    }

    /** A caption of a marker is HTML, as Tattertools printed it unescaped. */
    private static Element figcaption(String captionHtml) {
        return new Element("figcaption").html(captionHtml == null ? "" : captionHtml);
    }

    /**
     * [#M_more|less|body_M#] becomes details, matched with a stack so folds nest; a marker without its partner
     * stays text rather than swallowing the rest of the post.
     */
    private static String replaceFolds(String html) {
        record Open(int start, int bodyStart, String label) {
        }
        record Replacement(int start, int end, String html) {
        }
        Deque<Open> open = new ArrayDeque<>();
        List<Replacement> replacements = new ArrayList<>();
        Matcher token = FOLD_TOKEN.matcher(html);
        while (token.find()) {
            if (token.group().equals("_M#]")) {
                if (!open.isEmpty()) {
                    Open fold = open.pop();
                    Element summary = new Element("summary").html(fold.label());
                    if (summary.text().isBlank()) {
                        summary.text(DEFAULT_FOLD_LABEL);
                    }
                    replacements.add(new Replacement(fold.start(), fold.bodyStart(),
                            "<details>" + serialize(List.of(summary))));
                    replacements.add(new Replacement(token.start(), token.end(), "</details>"));
                }
                continue;
            }
            int moreEnd = html.indexOf('|', token.end());
            int lessEnd = moreEnd < 0 ? -1 : html.indexOf('|', moreEnd + 1);
            int nextToken = nextFoldToken(html, token.end());
            if (lessEnd >= 0 && (nextToken < 0 || lessEnd < nextToken)) {
                open.push(new Open(token.start(), lessEnd + 1, html.substring(token.end(), moreEnd)));
            }
        }
        replacements.sort(Comparator.comparingInt(Replacement::start));
        StringBuilder out = new StringBuilder(html.length());
        int at = 0;
        for (Replacement replacement : replacements) {
            out.append(html, at, replacement.start()).append(replacement.html());
            at = replacement.end();
        }
        return out.append(html.substring(at)).toString();
    }

    private static int nextFoldToken(String html, int from) {
        Matcher token = FOLD_TOKEN.matcher(html);
        return token.find(from) ? token.start() : -1;
    }

    // ---- the current backup: the block editor's markup ----

    /** Keeps the exact text of the code, drops the editor's wrappers, and names the language the way geul does. */
    private static void codeBlocks(Element body) {
        for (Element pre : body.select("pre[data-ke-type=codeblock], pre[data-ke-language]")) {
            Element code = new Element("code");
            String language = language(pre);
            if (language != null) {
                code.attr("class", "language-" + language);
            }
            code.appendChild(new TextNode(codeText(pre)));
            pre.replaceWith(new Element("pre").appendChild(code));
        }
    }

    private static String language(Element pre) {
        String language = pre.attr("data-ke-language").strip();
        if (language.isEmpty()) {
            // older blocks name the language only in the class, as highlight.js reads it
            language = pre.classNames().stream().findFirst().orElse("");
        }
        if (!LANGUAGE.matcher(language).matches() || NO_LANGUAGE.contains(language.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return language;
    }

    /**
     * The text of a code block as the reader saw it. Line breaks the editor wrote as br, or as paragraphs it
     * slipped into the code, become newlines.
     */
    private static String codeText(Element pre) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText());
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && node != pre && node.nextSibling() != null
                        && Set.of("p", "div", "li").contains(element.normalName())
                        && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
            }
        }, pre);
        return text.toString();
    }

    /** div[data-ke-type=moreLess]: a toggle link with the label, then div.moreless-content. */
    private static void folds(Element body) {
        // outer folds first; inner ones move along into the new details and are converted after
        for (Element fold : body.select("div[data-ke-type=moreLess]")) {
            Element toggle = null;
            Element content = null;
            for (Element child : fold.children()) {
                if (toggle == null && child.normalName().equals("a") && child.hasClass("btn-toggle-moreless")) {
                    toggle = child;
                } else if (content == null && child.hasClass("moreless-content")) {
                    content = child;
                }
            }
            String label = toggle != null && !toggle.text().isBlank() ? toggle.text().strip()
                    : fold.attr("data-text-more").strip();
            Element details = new Element("details");
            details.appendElement("summary").text(label.isEmpty() ? DEFAULT_FOLD_LABEL : label);
            List<Node> inside = new ArrayList<>(content != null ? content.childNodes() : fold.childNodes());
            inside.remove(toggle);
            details.appendChildren(inside);
            fold.replaceWith(details);
        }
    }

    /** figure[data-ke-type=opengraph]: the preview of a linked page becomes a quote of its title, text and host. */
    private static void linkCards(Element body) {
        for (Element card : body.select("figure[data-ke-type=opengraph]")) {
            Element anchor = card.selectFirst("a[href]");
            String url = firstWebUrl(anchor == null ? "" : anchor.attr("href"), card.attr("data-og-source-url"),
                    card.attr("data-og-url"));
            String title = partOfCard(card, ".og-title", "data-og-title");
            String description = partOfCard(card, ".og-desc", "data-og-description");
            String host = partOfCard(card, ".og-host", "data-og-host");
            Element quote = new Element("blockquote");
            if (url != null) {
                quote.appendElement("p").appendElement("a").attr("href", url).text(title.isEmpty() ? url : title);
            } else if (!title.isEmpty()) {
                quote.appendElement("p").text(title);
            }
            if (!description.isEmpty()) {
                quote.appendElement("p").text(description);
            }
            if (!host.isEmpty()) {
                quote.appendElement("p").text(host);
            }
            if (quote.childrenSize() == 0) {
                card.remove();
            } else {
                card.replaceWith(quote);
            }
        }
    }

    private static String partOfCard(Element card, String selector, String attribute) {
        Element part = card.selectFirst(selector);
        String text = part == null ? "" : part.text().strip();
        return text.isEmpty() ? card.attr(attribute).strip() : text;
    }

    /**
     * figure[data-ke-type=video]: a link to the video's page (data-video-url, where a reader can watch it),
     * else to the player the frame showed.
     */
    private static void videos(Element body) {
        for (Element figure : body.select("figure[data-ke-type=video]")) {
            Element frame = figure.selectFirst("iframe[src]");
            String url = firstWebUrl(figure.attr("data-video-url"), frame == null ? "" : frame.attr("src"));
            List<Element> media = url == null ? List.of() : List.of(paragraph(frameLink(url)));
            replace(figure, block(media, figure.selectFirst("figcaption")));
        }
    }

    /** figure.imageblock (one image) and figure.imagegridblock (several) become one figure each. */
    private static void imageBlocks(Element body, Conversion conversion) {
        for (Element figure : body.select("figure.imageblock, figure.imagegridblock")) {
            Element caption = figure.selectFirst("figcaption");
            String captionText = caption == null ? "" : caption.text().strip();
            List<Element> media = new ArrayList<>();
            for (Element img : figure.select("img")) {
                String src = img.attr("src").strip();
                if (src.isEmpty()) {
                    continue;
                }
                // what is neither on the web nor in the backup (a data: URL) is left for the sanitizer
                Optional<String> url = isRemote(src) || isBackupImage(src) ? conversion.image(src) : Optional.of(src);
                if (url.isEmpty()) {
                    continue;
                }
                Element image = image(url.get(), altOf(img, figure, captionText), img.attr("width"),
                        img.attr("height"));
                // not marked as built: a link to the full-size file of the backup is mapped like any other
                Element link = linkAround(img, figure);
                media.add(link == null ? image : new Element("a").attr("href", link.attr("href")).appendChild(image));
            }
            replace(figure, block(media, caption));
        }
    }

    private static String altOf(Element img, Element figure, String captionText) {
        if (!img.attr("alt").isBlank()) {
            return img.attr("alt").strip();
        }
        for (Element up = img.parent(); up != null && up != figure.parent(); up = up.parent()) {
            if (!up.attr("data-alt").isBlank()) {
                return up.attr("data-alt").strip();
            }
        }
        return captionText;
    }

    private static Element linkAround(Element img, Element figure) {
        for (Element up = img.parent(); up != null && up != figure; up = up.parent()) {
            if (up.normalName().equals("a") && up.hasAttr("href")) {
                return up;
            }
        }
        return null;
    }

    /** figure.fileblock: an attached file, shown as a box with its name; a link to geul's copy of it. */
    private static void fileBlocks(Element body, Conversion conversion) {
        for (Element block : body.select("figure.fileblock")) {
            Element anchor = block.selectFirst("a[href]");
            if (anchor == null) {
                block.remove();
                continue;
            }
            String href = anchor.attr("href").strip();
            Optional<String> url = isBackupFile(href) ? conversion.file(href) : Optional.of(href);
            Element name = block.selectFirst(".name");
            String label = name != null && !name.text().isBlank() ? name.text().strip() : lastSegment(href);
            if (url.isEmpty()) {
                block.remove();
            } else {
                block.replaceWith(paragraph(built(new Element("a").attr("href", url.get()).text(label))));
            }
        }
    }

    // ---- both backups ----

    /** Frames and embedded players become links: geul shows no frames, and a link is what a reader can follow. */
    private static void framesToLinks(Element body) {
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

    private static Element frameLink(String url) {
        String label = VIDEO_HOST.matcher(url).find() ? "동영상: " : "삽입된 페이지: ";
        return built(new Element("a").attr("href", url).text(label + url));
    }

    /**
     * The author's own img elements: a file of the backup gets geul's URL or, when the backup lacks it, goes
     * (and is listed); an image on another server stays and is listed as remote. backupFile gives the name to
     * look up, or null for anything else (left for the sanitizer).
     */
    private static void authorImages(Element body, Conversion conversion, UnaryOperator<String> backupFile) {
        for (Element img : body.select("img[src]:not([" + BUILT + "])")) {
            String src = img.attr("src").strip();
            if (isRemote(src)) {
                img.attr("src", conversion.remoteImage(src));
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
    private static void authorLinks(Element body, Conversion conversion, UnaryOperator<String> backupFile) {
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

    private static boolean isRemote(String src) {
        return webUrl(src) != null;
    }

    /** An img src of the current backup that names one of its files: "./img/photo.png", "img/photo.png". */
    private static boolean isBackupImage(String src) {
        return !src.isEmpty() && !SCHEME.matcher(src).find() && !src.startsWith("/") && !src.startsWith("#")
                && !src.startsWith("?");
    }

    /** A link of the current backup to one of its files; other relative links stay as the author wrote them. */
    private static boolean isBackupFile(String href) {
        return href.startsWith("./") || href.startsWith("img/") || href.startsWith("file/");
    }

    /** An http(s) address, protocol-relative ones completed with https; null for anything else. */
    private static String webUrl(String value) {
        String url = value == null ? "" : value.strip();
        if (url.startsWith("//")) {
            url = "https:" + url;
        }
        return WEB_URL.matcher(url).matches() ? url : null;
    }

    private static String firstWebUrl(String... candidates) {
        for (String candidate : candidates) {
            String url = webUrl(candidate);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    private static Element image(String src, String alt, String width, String height) {
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
    private static List<Element> block(List<Element> media, Element caption) {
        boolean captioned = caption != null && !caption.text().isBlank();
        if (media.isEmpty()) {
            return captioned ? List.of(caption.tagName("p")) : List.of();
        }
        boolean images = media.stream().anyMatch(element -> !element.normalName().equals("p"));
        if (!images && !captioned) {
            return media;
        }
        Element figure = new Element("figure");
        figure.appendChildren(media);
        if (captioned) {
            figure.appendChild(caption.tagName("figcaption"));
        }
        return List.of(figure);
    }

    private static void replace(Element old, List<Element> replacements) {
        for (Element replacement : replacements) {
            old.before(replacement);
        }
        old.remove();
    }

    private static Element paragraph(Element content) {
        return new Element("p").appendChild(content);
    }

    private static Element built(Element element) {
        return element.attr(BUILT, "");
    }

    private static String lastSegment(String reference) {
        String path = reference.replaceAll("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String textOf(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.parseBodyFragment(html).text().strip();
    }

    private static Element parse(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document.body();
    }

    private static String serialize(List<? extends Node> nodes) {
        Element holder = parse("");
        for (Node node : nodes) {
            holder.appendChild(node);
        }
        return holder.html();
    }

    /** What one conversion found missing and remote, and the final clean-up of its HTML. */
    private static final class Conversion {

        private final Function<String, Optional<String>> imageUrl;
        private final Set<String> missing = new LinkedHashSet<>();
        private final Set<String> remote = new LinkedHashSet<>();

        Conversion(Function<String, Optional<String>> imageUrl) {
            this.imageUrl = imageUrl;
        }

        /** geul's URL of an image of the backup, a remote image as it is; empty (and listed) when missing. */
        Optional<String> image(String reference) {
            return isRemote(reference) ? Optional.of(remoteImage(reference)) : lookUp(reference);
        }

        /** geul's URL of a file of the backup, a remote address as it is; empty (and listed) when missing. */
        Optional<String> file(String reference) {
            String url = webUrl(reference);
            return url != null ? Optional.of(url) : lookUp(reference);
        }

        String remoteImage(String src) {
            String url = webUrl(src);
            remote.add(url);
            return url;
        }

        void missing(String what) {
            missing.add(what);
        }

        private Optional<String> lookUp(String reference) {
            Optional<String> url = imageUrl.apply(reference);
            if (url == null || url.isEmpty()) {
                missing.add(reference);
                return Optional.empty();
            }
            return url;
        }

        Converted finish(Element body) {
            for (Element element : body.getAllElements()) {
                // the editor's state (sizes, styles of blocks, ids of the editor) means nothing to geul
                List<String> editorAttributes = element.attributes().asList().stream().map(Attribute::getKey)
                        .filter(key -> key.startsWith("data-") || key.equalsIgnoreCase("contenteditable"))
                        .toList();
                editorAttributes.forEach(element::removeAttr);
            }
            for (Element paragraph : body.select("p")) {
                // left behind when a figure or a fold broke out of the paragraph Tistory wrapped it in
                if (paragraph.childNodeSize() == 0
                        || (paragraph.children().isEmpty() && paragraph.wholeText().isBlank())) {
                    paragraph.remove();
                }
            }
            return new Converted(body.html(), new ArrayList<>(missing), new ArrayList<>(remote));
        }
    }
}
