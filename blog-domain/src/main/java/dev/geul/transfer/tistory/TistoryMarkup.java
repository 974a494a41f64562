package dev.geul.transfer.tistory;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * Turns the body of a Tistory post into the HTML geul stores, from either of Tistory's two backups.
 * <p>
 * The old XML backup (TTXML) keeps the HTML of the Tattertools editor, in which attachments and folds are text
 * markers that Tistory replaced only when it showed a post: {@code [##_1C|name|attributes|caption_##]} (also
 * 1L, 1R, 2C, 3C, Gallery, iMazing and Jukebox) and {@code [#M_more|less|body_M#]}. Their layouts follow
 * Tattertools' own renderer ({@link TtxmlMarkers}). The current backup keeps the HTML of the block editor, whose blocks carry
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

    private TistoryMarkup() {
    }

    /**
     * The body of a post from Tistory's XML backup (TTXML): HTML with text markers for attachments and folds.
     * imageUrl maps an attachment's name (cfile23.uf.1614C33A50A5F9802F5CA8.png) to the URL where geul serves
     * it, or empty when the backup has no such file.
     */
    static Converted fromTtxml(String contentHtml, Function<String, Optional<String>> imageUrl) {
        TistoryConversion conversion = new TistoryConversion(imageUrl);
        String html = contentHtml == null ? "" : contentHtml;
        html = TtxmlMarkers.attachmentPaths(html);
        html = TtxmlMarkers.replaceMarkers(html, conversion);
        html = TtxmlMarkers.replaceFolds(html);
        Element body = TistoryHtml.parse(html);
        Function<String, @Nullable String> attachment = ref -> ref.startsWith(TtxmlMarkers.ATTACHMENT)
                ? ref.substring(TtxmlMarkers.ATTACHMENT.length()) : null;
        TistoryHtml.framesToLinks(body);
        TistoryHtml.authorImages(body, conversion, attachment);
        TistoryHtml.authorLinks(body, conversion, attachment);
        return conversion.finish(body);
    }

    /**
     * The body of a post from Tistory's current backup: the inner HTML of its {@code div.contents_style}.
     * imageUrl maps an image's src as written ("./img/photo.png", "img/photo.png") to the URL where geul serves
     * the file, or empty when the backup has no such file.
     */
    static Converted fromBackupHtml(String contentsStyleInnerHtml, Function<String, Optional<String>> imageUrl) {
        TistoryConversion conversion = new TistoryConversion(imageUrl);
        Element body = TistoryHtml.parse(contentsStyleInnerHtml == null ? "" : contentsStyleInnerHtml);
        BlockEditorMarkup.codeBlocks(body);
        BlockEditorMarkup.folds(body);
        BlockEditorMarkup.linkCards(body);
        BlockEditorMarkup.videos(body);
        TistoryHtml.framesToLinks(body);
        BlockEditorMarkup.rules(body);
        BlockEditorMarkup.imageBlocks(body, conversion);
        BlockEditorMarkup.fileBlocks(body, conversion);
        TistoryHtml.authorImages(body, conversion, src -> TistoryHtml.isBackupImage(src) ? src : null);
        TistoryHtml.authorLinks(body, conversion, href -> TistoryHtml.isBackupFile(href) ? href : null);
        return conversion.finish(body);
    }
}
