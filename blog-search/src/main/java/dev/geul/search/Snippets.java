package dev.geul.search;

/**
 * Cuts a highlighted passage to a readable length around its first mark. The input is escaped text with
 * {@code <mark>} and {@code </mark>} only; the output keeps it that way: no cut inside an entity or a tag, and
 * a mark cut open is closed.
 */
final class Snippets {

    static final int MAX_LENGTH = 200;
    /** How much text to keep before the first mark when the passage must be cut. */
    static final int CONTEXT_BEFORE = 60;
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";
    private static final String ELLIPSIS = "…";

    private Snippets() {
    }

    static String trim(String html) {
        return trim(html, MAX_LENGTH);
    }

    static String trim(String html, int maxLength) {
        // visible characters: an entity counts as one, tags as none
        int visible = 0;
        int firstMark = -1;
        for (int i = 0; i < html.length(); ) {
            if (html.startsWith(OPEN, i) || html.startsWith(CLOSE, i)) {
                if (firstMark < 0 && html.startsWith(OPEN, i)) {
                    firstMark = visible;
                }
                i = html.indexOf('>', i) + 1;
            } else {
                i = next(html, i);
                visible++;
            }
        }
        if (visible <= maxLength) {
            return html;
        }
        int from = Math.max(0, Math.max(firstMark, 0) - Math.min(CONTEXT_BEFORE, maxLength / 3));
        from = Math.min(from, visible - maxLength);
        int to = from + maxLength;

        StringBuilder out = new StringBuilder(html.length());
        if (from > 0) {
            out.append(ELLIPSIS);
        }
        boolean open = false;
        boolean wroteOpen = false;
        int position = 0;
        for (int i = 0; i < html.length() && position < to; ) {
            if (html.startsWith(OPEN, i)) {
                open = true;
                if (position >= from) {
                    out.append(OPEN);
                    wroteOpen = true;
                }
                i += OPEN.length();
            } else if (html.startsWith(CLOSE, i)) {
                open = false;
                if (wroteOpen) {
                    out.append(CLOSE);
                    wroteOpen = false;
                }
                i += CLOSE.length();
            } else {
                int end = next(html, i);
                if (position >= from) {
                    if (open && !wroteOpen) {
                        out.append(OPEN);
                        wroteOpen = true;
                    }
                    out.append(html, i, end);
                }
                position++;
                i = end;
            }
        }
        if (wroteOpen) {
            out.append(CLOSE);
        }
        if (to < visible) {
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    /** The index after the visible character at {@code i}: an entity, a surrogate pair, or one char. */
    private static int next(String html, int i) {
        char c = html.charAt(i);
        if (c == '&') {
            int semicolon = html.indexOf(';', i);
            if (semicolon > 0 && semicolon - i <= 10) {
                return semicolon + 1;
            }
        }
        return Character.isHighSurrogate(c) && i + 1 < html.length() ? i + 2 : i + 1;
    }
}
