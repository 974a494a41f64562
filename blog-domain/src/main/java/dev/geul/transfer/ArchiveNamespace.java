package dev.geul.transfer;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The namespaces of an XML archive's elements: a WXR file's, whichever version (1.0 to 1.2) and scheme (WordPress
 * writes http://, some exports https://) the file uses, and none at all for Tistory's old XML backup.
 */
public enum ArchiveNamespace {
    /** Elements without a namespace: RSS's own (title, link, item, category, ...) and all of a Tistory backup's. */
    RSS(""),
    WP("http://wordpress.org/export/1.2/"),
    EXCERPT("http://wordpress.org/export/1.2/excerpt/"),
    CONTENT("http://purl.org/rss/1.0/modules/content/"),
    DC("http://purl.org/dc/elements/1.1/"),
    /** Comment feeds' namespace: written by geul's export as WordPress writes it, of no use to an import. */
    WFW("http://wellformedweb.org/CommentAPI/"),
    OTHER(null);

    private static final Pattern WP_URI = Pattern.compile("https?://wordpress\\.org/export/\\d+\\.\\d+/?");
    private static final Pattern EXCERPT_URI = Pattern.compile("https?://wordpress\\.org/export/\\d+\\.\\d+/excerpt/?");
    private static final Pattern CONTENT_URI = Pattern.compile("https?://purl\\.org/rss/1\\.0/modules/content/?");
    private static final Pattern DC_URI = Pattern.compile("https?://purl\\.org/dc/elements/1\\.1/?");

    private final @Nullable String written;

    ArchiveNamespace(@Nullable String written) {
        this.written = written;
    }

    /**
     * The address an export writes for this namespace: WXR 1.2's, as WordPress 6 writes it.
     *
     * @throws IllegalStateException for {@link #OTHER}, which stands for any namespace geul does not know
     */
    public String uri() {
        if (written == null) {
            throw new IllegalStateException("An export writes no element of a namespace geul does not know");
        }
        return written;
    }

    static ArchiveNamespace of(@Nullable String uri) {
        if (uri == null || uri.isEmpty()) {
            return RSS;
        }
        if (WP_URI.matcher(uri).matches()) {
            return WP;
        }
        if (EXCERPT_URI.matcher(uri).matches()) {
            return EXCERPT;
        }
        if (CONTENT_URI.matcher(uri).matches()) {
            return CONTENT;
        }
        if (DC_URI.matcher(uri).matches()) {
            return DC;
        }
        return OTHER;
    }
}
