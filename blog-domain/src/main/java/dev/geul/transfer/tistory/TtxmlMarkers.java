package dev.geul.transfer.tistory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * The text markers of Tistory's old XML backup (TTXML), as the Tattertools editor wrote them and Tistory replaced
 * them only when it showed a post: attachments {@code [##_1C|name|attributes|caption_##]} (also 1L, 1R, 2C, 3C,
 * Gallery, iMazing and Jukebox) and folds {@code [#M_more|less|body_M#]}, turned into HTML in the layouts of
 * Tattertools' own renderer. Runs on the text, before it is parsed.
 */
final class TtxmlMarkers {

    private static final String MARKER_START = "[##_";
    private static final String MARKER_END = "_##]";
    private static final Pattern ATTACH_PATH = Pattern.compile("\\[##_ATTACH_PATH_##\\]/?");
    private static final Pattern FOLD_TOKEN = Pattern.compile("\\[#M_|_M#\\]");
    private static final Pattern IMAGES_IN_A_ROW = Pattern.compile("([1-3])[LCR]");
    private static final Pattern MARKER_ATTRIBUTE = Pattern.compile(
            "([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "bmp", "webp");
    // an extension that names a type; attachment names without one end in a hex id
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,5}");

    /** Stands for [##_ATTACH_PATH_##] between the text pass and the DOM pass over TTXML. */
    static final String ATTACHMENT = "geul-attachment:";

    private TtxmlMarkers() {
    }

    /** [##_ATTACH_PATH_##]/name as {@link #ATTACHMENT}name, so the passes over the author's images find it. */
    static String attachmentPaths(String html) {
        return ATTACH_PATH.matcher(html).replaceAll(Matcher.quoteReplacement(ATTACHMENT));
    }


    /**
     * A marker runs from [##_ to the next _##], as Tattertools reads them; a [##_ without its end stays text
     * instead of swallowing the post up to the next marker.
     */
    static String replaceMarkers(String html, TistoryConversion conversion) {
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

    private static String markerHtml(String marker, TistoryConversion conversion) {
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
        return TistoryHtml.serialize(blocks);
    }

    /** 1L, 1C, 1R, 2C, 3C: name|attributes|caption for each image; the letter is only the alignment. */
    private static @Nullable List<Element> imagesInARow(int count, List<String> fields, TistoryConversion conversion) {
        List<Element> blocks = new ArrayList<>();
        if (fields.size() >= 3 * count) {
            for (int i = 0; i < count; i++) {
                String caption = fields.get(3 * i + 2);
                Element media = attachment(fields.get(3 * i), attributes(fields.get(3 * i + 1)), caption, conversion);
                blocks.addAll(TistoryHtml.block(media == null ? List.of() : List.of(media), figcaption(caption)));
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
            return TistoryHtml.block(media, figcaption(caption));
        }
        return null;
    }

    /** Gallery|name|caption|name|caption|...|box size: a slideshow in which each image has its caption. */
    private static @Nullable List<Element> gallery(List<String> fields, TistoryConversion conversion) {
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
            blocks.addAll(TistoryHtml.block(media == null ? List.of() : List.of(media), figcaption(items.get(i + 1))));
        }
        return blocks;
    }

    /** iMazing|name||name||...|player settings|caption: a slideshow with one caption. */
    private static @Nullable List<Element> slideshow(List<String> fields, TistoryConversion conversion) {
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
        return TistoryHtml.block(media, figcaption(caption));
    }

    /** Jukebox|file|title|file|title|...|player settings|caption: a music player; its songs become links. */
    private static @Nullable List<Element> jukebox(List<String> fields, TistoryConversion conversion) {
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
        blocks.addAll(TistoryHtml.block(List.of(), figcaption(fields.getLast())));
        return blocks;
    }

    /**
     * An image, or a paragraph with a download link for any other file, as Tattertools decided by the file's
     * extension; null when the backup lacks the file (it is then listed as missing).
     */
    private static @Nullable Element attachment(String name, Map<String, String> attributes, String caption,
                                      TistoryConversion conversion) {
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
            String label = filename.isEmpty() ? TistoryHtml.lastSegment(name) : filename;
            return TistoryHtml.paragraph(TistoryHtml.built(new Element("a").attr("href", url.get()).text(label)));
        }
        String alt = attributes.getOrDefault("alt", "").strip();
        if (alt.isEmpty()) {
            alt = filename.isEmpty() ? TistoryHtml.textOf(caption) : filename;
        }
        return TistoryHtml.image(url.get(), alt, attributes.get("width"), attributes.get("height"));
    }

    private static boolean isImage(String name, String mime) {
        String last = TistoryHtml.lastSegment(name);
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
    static String replaceFolds(String html) {
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
                        summary.text(TistoryHtml.DEFAULT_FOLD_LABEL);
                    }
                    replacements.add(new Replacement(fold.start(), fold.bodyStart(),
                            "<details>" + TistoryHtml.serialize(List.of(summary))));
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
}
