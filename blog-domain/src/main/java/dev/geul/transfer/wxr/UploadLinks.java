package dev.geul.transfer.wxr;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Points a post's images and links at the blog's own copies of files it brought home from an old blog. A WordPress
 * post links an upload at full size or as one of the sizes WordPress made of it ({@code photo-300x200.jpg} for
 * {@code photo.jpg}); each leads to the one copy here.
 */
final class UploadLinks {

    /** WordPress's uploads folder, as a self-hosted site's addresses of uploads name it. */
    private static final Pattern UPLOADS = Pattern.compile("(?i)^(?:https?:)?//[^/?#]+(?:/[^?#]*)?/wp-content/uploads/"
            + "([^?#]+)");
    /** WordPress.com's uploads: the year and month folders right below the files host, {@code /2008/06/name.jpg}. */
    private static final Pattern DATED_UPLOAD = Pattern.compile("(?i)^(?:https?:)?//[^/?#]+(?:/[^?#]*)?/"
            + "(\\d{4}/\\d{2}/[^/?#]+)(?:[?#].*)?$");
    /** The size suffix WordPress adds to the images it makes: -300x200 before the extension. */
    private static final Pattern SIZE_VARIANT = Pattern.compile("^(.*)-\\d{1,5}x\\d{1,5}(\\.[A-Za-z0-9]{1,5})$");

    private final Map<String, String> copies;

    /** @param copies the blog's path of each file, by its {@linkplain #key key} */
    UploadLinks(Map<String, String> copies) {
        this.copies = copies;
    }

    /**
     * What an address is known by: its path below the uploads folder ({@code 2008/06/canola2.jpg}) when it is an
     * upload (below {@code wp-content/uploads/}, or in year and month folders as WordPress.com keeps them), else the
     * address without its scheme; lower case, since hosts and WordPress's names are. An upload is known by its path
     * alone, so that the copy of an uploads folder serves the site's addresses whatever host they name.
     */
    static String key(String address) {
        String value = address == null ? "" : address.strip();
        Matcher upload = UPLOADS.matcher(value);
        if (upload.find()) {
            return uploadKey(decode(upload.group(1)));
        }
        Matcher dated = DATED_UPLOAD.matcher(value);
        if (dated.matches()) {
            return uploadKey(decode(dated.group(1)));
        }
        return value.replaceFirst("(?i)^https?:", "").toLowerCase(Locale.ROOT);
    }

    /** The key of the upload at this path below the uploads folder ({@code 2008/06/canola2.jpg}). */
    static String uploadKey(String pathBelowUploads) {
        return "uploads:" + pathBelowUploads.toLowerCase(Locale.ROOT);
    }

    /** The blog's copy of the file at this address, at full size or as one of its sizes. */
    Optional<String> copyOf(String address) {
        String key = key(address);
        String copy = copies.get(key);
        if (copy == null) {
            Matcher variant = SIZE_VARIANT.matcher(key);
            if (variant.matches()) {
                copy = copies.get(variant.group(1) + variant.group(2));
            }
        }
        return Optional.ofNullable(copy);
    }

    /** The HTML with every {@code img src} and {@code a href} that names a copied file pointing at the copy. */
    String rewrite(String html) {
        if (copies.isEmpty() || html == null || html.isEmpty()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        boolean changed = false;
        for (Element element : document.select("img[src], a[href]")) {
            String attribute = element.tagName().equals("img") ? "src" : "href";
            Optional<String> copy = copyOf(element.attr(attribute));
            if (copy.isPresent()) {
                element.attr(attribute, copy.get());
                changed = true;
            }
        }
        if (!changed) {
            return html;
        }
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    private static String decode(String path) {
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return path;
        }
    }
}
