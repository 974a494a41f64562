package dev.geul.transfer.tistory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.geul.base.html.HtmlSanitizer;
import dev.geul.media.MediaRefusedException;
import dev.geul.media.MediaStore;
import dev.geul.media.StoredMedia;
import dev.geul.transfer.ArchiveElement;
import dev.geul.transfer.ImportLabels;
import dev.geul.transfer.ImportRun;
import dev.geul.transfer.ReportText;
import org.jsoup.nodes.Entities;

import static dev.geul.transfer.ArchiveNamespace.RSS;

/**
 * The files a Tistory XML backup holds for a post, base64 inside its {@code <attachment>}s: stored in the blog's
 * media byte for byte (what a file is decides its kind, not its name), and those the text does not show listed
 * under it as downloads. A file geul does not keep, or whose content is broken, is reported.
 */
final class TtxmlAttachments {

    private final ImportRun run;
    private final MediaStore media;
    private final HtmlSanitizer sanitizer;

    TtxmlAttachments(ImportRun run, MediaStore media, HtmlSanitizer sanitizer) {
        this.run = run;
        this.media = media;
        this.sanitizer = sanitizer;
    }

    /**
     * Stores the files the backup holds for this post and tells where each is served, by its name in the
     * backup; a file without its content (a backup made without attachments) is counted, not stored.
     */
    Map<String, String> store(ArchiveElement post, Instant date, ReportText label) {
        Map<String, String> stored = new LinkedHashMap<>();
        for (ArchiveElement attachment : post.all(RSS, "attachment").toList()) {
            run.attachmentSeen();
            String name = attachment.child(RSS, "name").orElse("");
            String content = attachment.child(RSS, "content").orElse(null);
            if (name.isEmpty() || content == null) {
                continue;
            }
            String shown = attachment.child(RSS, "label").orElse(name);
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(content);
            } catch (IllegalArgumentException broken) {
                run.skip(ImportLabels.partOf(label, ImportLabels.file(shown)), ReportText.of("transfer.why.base64",
                        "Its content in the backup is not valid base64"));
                continue;
            }
            try {
                StoredMedia file = media.storeImported(new ByteArrayInputStream(bytes), date);
                if (file.created()) {
                    run.mediaStored();
                }
                stored.put(name, file.path());
            } catch (MediaRefusedException refused) {
                run.skip(ImportLabels.partOf(label, ImportLabels.file(shown)),
                        ImportLabels.refusedFile(refused.reason()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stored;
    }

    /** Files of the post its text does not show (a zip of sources, say): listed under the text as downloads. */
    String unusedDownloads(ArchiveElement post, Map<String, String> files, String html) {
        StringBuilder list = new StringBuilder();
        Set<String> listed = new HashSet<>();
        for (ArchiveElement attachment : post.all(RSS, "attachment").toList()) {
            String path = files.get(attachment.child(RSS, "name").orElse(""));
            if (path == null || html.contains(path) || !listed.add(path)) {
                continue;
            }
            String shown = sanitizer.toPlainText(attachment.child(RSS, "label").orElse(path));
            list.append("<li><a href=\"").append(path).append("\">")
                    .append(Entities.escape(shown)).append("</a></li>");
        }
        return list.isEmpty() ? "" : "<p>첨부 파일</p><ul>" + list + "</ul>";
    }
}
