package dev.geul.reader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.geul.media.ImageSize;
import dev.geul.media.ImageVariants;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * A post's stored (sanitized) HTML made ready for reading: headings get anchors for a table of contents, the blog's
 * own images their width and height (the text does not jump while they load) and their narrower copies for small
 * screens ({@code srcset}, {@code sizes}), images after the first load lazily,
 * code blocks say which languages they hold, and the text says how long it takes to read.
 *
 * @param html           the text to show
 * @param headings       h2 and h3 with their anchors, in order
 * @param readingMinutes at least one
 */
record PostBody(String html, List<Heading> headings, int readingMinutes, int characters, Set<String> codeLanguages) {

    /** Characters a reader reads in a minute: Korean is read at about 500 a minute, spaces not counted. */
    static final int CHARACTERS_PER_MINUTE = 500;
    /** A table of contents helps from this many characters and {@link #TOC_HEADINGS} headings on. */
    static final int TOC_CHARACTERS = 2000;
    static final int TOC_HEADINGS = 3;
    /** The widest the themes' reading column gets (their {@code --measure}), and so the widest an image is shown. */
    static final String COLUMN = "42rem";
    static final int COLUMN_PIXELS = 42 * 16;

    record Heading(String id, String text, boolean sub) {
    }

    /** The known pixel sizes of the blog's own images among these {@code src} values. */
    @FunctionalInterface
    interface ImageSizes {
        Map<String, ImageSize> of(Set<String> sources);

        ImageSizes NONE = sources -> Map.of();
    }

    static PostBody of(String storedHtml) {
        return of(storedHtml, ImageSizes.NONE);
    }

    static PostBody of(String storedHtml, ImageSizes imageSizes) {
        Document document = Jsoup.parseBodyFragment(storedHtml == null ? "" : storedHtml);
        document.outputSettings().prettyPrint(false);
        List<Heading> headings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element heading : document.body().select("h2, h3")) {
            String id = heading.id().isBlank() ? anchor(heading.text(), ids) : heading.id();
            ids.add(id);
            heading.id(id);
            headings.add(new Heading(id, heading.text(), heading.normalName().equals("h3")));
        }
        Elements images = document.body().select("img[src]");
        Map<String, ImageSize> sizes = images.isEmpty() ? Map.of() : imageSizes.of(
                images.stream().map(image -> image.attr("src")).collect(Collectors.toSet()));
        boolean first = true;
        for (Element image : images) {
            ImageSize size = sizes.get(image.attr("src"));
            if (size != null) {
                giveSize(image, size);
            }
            // the first image is likely on the first screen: it loads at once, the others as the reader nears them
            if (!first && !image.hasAttr("loading")) {
                image.attr("loading", "lazy");
            }
            image.attr("decoding", "async");
            if (size != null) {
                offerNarrowerCopies(image, size);
            }
            first = false;
        }
        Set<String> languages = new TreeSet<>();
        for (Element code : document.body().select("pre > code[class^=language-]")) {
            languages.add(code.className().substring("language-".length()).toLowerCase(Locale.ROOT));
        }
        int characters = document.body().text().replaceAll("\\s+", "").length();
        int minutes = Math.max(1, (int) Math.ceil(characters / (double) CHARACTERS_PER_MINUTE));
        return new PostBody(document.body().html(), List.copyOf(headings), minutes, characters,
                Set.copyOf(languages));
    }

    /** Whether the post holds code blocks, which the reader's page highlights. */
    boolean hasCode() {
        return !codeLanguages.isEmpty();
    }

    /**
     * Width and height from the image's pixels, unless the writer set both: one the writer set is kept and the
     * other follows from the image's proportions, so that the browser reserves the right box before it loads.
     */
    private static void giveSize(Element image, ImageSize size) {
        Integer width = pixels(image.attr("width"));
        Integer height = pixels(image.attr("height"));
        boolean givenOtherwise = (width == null && image.hasAttr("width")) || (height == null && image.hasAttr("height"));
        if ((width != null && height != null) || givenOtherwise) {
            return;
        }
        if (width != null) {
            image.attr("height", Integer.toString(size.heightAt(width)));
        } else if (height != null) {
            image.attr("width", Integer.toString(size.widthAt(height)));
        } else {
            image.attr("width", Integer.toString(size.width()));
            image.attr("height", Integer.toString(size.height()));
        }
    }

    /**
     * The narrower copies the blog keeps of its own image ({@code srcset}, the original the widest), and how wide
     * the page shows it ({@code sizes}): the reading column, or the writer's width where that is narrower. A lazy
     * image also lets browsers that know its box by then choose by that box ({@code auto}). An image the writer gave
     * a {@code srcset} of their own keeps it.
     */
    private static void offerNarrowerCopies(Element image, ImageSize size) {
        String source = image.attr("src");
        List<Integer> widths = ImageVariants.widths(source, size);
        if (widths.isEmpty() || image.hasAttr("srcset")) {
            return;
        }
        image.attr("srcset", widths.stream().map(width -> ImageVariants.servedPath(source, width) + " " + width + "w")
                .collect(Collectors.joining(", ")) + ", " + source + " " + size.width() + "w");
        if (!image.hasAttr("sizes")) {
            Integer shown = pixels(image.attr("width"));
            String slot = shown != null && shown < COLUMN_PIXELS ? "(max-width: %1$dpx) 100vw, %1$dpx".formatted(shown)
                    : "(max-width: " + COLUMN + ") 100vw, " + COLUMN;
            image.attr("sizes", image.attr("loading").equals("lazy") ? "auto, " + slot : slot);
        }
    }

    /** A width or height given in pixels ({@code 300}); null when absent or given otherwise ({@code 50%}). */
    private static @Nullable Integer pixels(String value) {
        String number = value.strip().endsWith("px") ? value.strip().substring(0, value.strip().length() - 2)
                : value.strip();
        return number.matches("\\d{1,5}") && Integer.parseInt(number) > 0 ? Integer.valueOf(number) : null;
    }

    /** Whether the post is long enough, and has headings enough, for a table of contents. */
    boolean wantsTableOfContents() {
        return characters >= TOC_CHARACTERS && headings.size() >= TOC_HEADINGS;
    }

    /** An anchor from the heading's words, Hangul kept ({@code #설치-방법}), unique within the post. */
    private static String anchor(String text, Set<String> taken) {
        String base = text.strip().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\s-]", "").replaceAll("\\s+", "-");
        if (base.isEmpty() || base.length() > 60) {
            base = base.isEmpty() ? "section" : base.substring(0, 60);
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
