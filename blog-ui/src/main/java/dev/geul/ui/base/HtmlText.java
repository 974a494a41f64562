package dev.geul.ui.base;

import org.jsoup.nodes.Entities;

/** Text and attribute values put into HTML that readers' views write as a whole. */
public final class HtmlText {

    private HtmlText() {
    }

    /** Escaped for element content and quoted attribute values alike: {@code & < > " '} and no-break spaces. */
    public static String escape(String text) {
        return text == null ? "" : Entities.escape(text);
    }
}
