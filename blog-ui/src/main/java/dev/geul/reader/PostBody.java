package dev.geul.reader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A post's stored (sanitized) HTML made ready for reading: headings get anchors for a table of contents, images
 * after the first load lazily, and the text says how long it takes to read.
 *
 * @param html           the text to show
 * @param headings       h2 and h3 with their anchors, in order
 * @param readingMinutes at least one
 */
record PostBody(String html, List<Heading> headings, int readingMinutes, int characters) {

    /** Characters a reader reads in a minute: Korean is read at about 500 a minute, spaces not counted. */
    static final int CHARACTERS_PER_MINUTE = 500;
    /** A table of contents helps from this many characters and {@link #TOC_HEADINGS} headings on. */
    static final int TOC_CHARACTERS = 2000;
    static final int TOC_HEADINGS = 3;

    record Heading(String id, String text, boolean sub) {
    }

    static PostBody of(String storedHtml) {
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
        boolean first = true;
        for (Element image : document.body().select("img")) {
            if (!first && !image.hasAttr("loading")) {
                image.attr("loading", "lazy");
            }
            image.attr("decoding", "async");
            first = false;
        }
        int characters = document.body().text().replaceAll("\\s+", "").length();
        int minutes = Math.max(1, (int) Math.ceil(characters / (double) CHARACTERS_PER_MINUTE));
        return new PostBody(document.body().html(), List.copyOf(headings), minutes, characters);
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
