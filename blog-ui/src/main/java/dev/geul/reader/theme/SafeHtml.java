package dev.geul.reader.theme;

/**
 * HTML made safe before it reaches a theme (a post's sanitized text, a search snippet, the page a template made):
 * the only value an uploaded theme writes out as it is. Every other value is escaped, whatever braces the template
 * uses. It has no method a template could call; its text is what it writes.
 */
public final class SafeHtml {

    private final String html;

    SafeHtml(String html) {
        this.html = html == null ? "" : html;
    }

    @Override
    public String toString() {
        return html;
    }
}
