package dev.geul.transfer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports whichever archive a blogger brings, told by its first bytes: a WordPress export, Tistory's old XML
 * backup, or Tistory's current backup (a zip). For the admin page, where one upload takes them all.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ArchiveImporter {

    /** The archives geul reads. */
    public enum Format { WXR, TISTORY_XML, TISTORY_BACKUP }

    private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z][\\w:.-]*)");
    private static final int SNIFFED_BYTES = 8192;

    private final WxrImporter wxr;
    private final TistoryXmlImporter tistoryXml;
    private final TistoryBackupImporter tistoryBackup;

    ArchiveImporter(WxrImporter wxr, TistoryXmlImporter tistoryXml, TistoryBackupImporter tistoryBackup) {
        this.wxr = wxr;
        this.tistoryXml = tistoryXml;
        this.tistoryBackup = tistoryBackup;
    }

    /**
     * Imports the archive; a zip is kept in a temporary file while it is read (its posts and images are found by
     * name), an XML file is read as it arrives.
     *
     * @param postsAs how the posts of Tistory's current backup come in, which does not say (ignored otherwise)
     * @throws ArchiveFormatException when the file is none of the archives geul reads, or broken
     */
    public ImportReport importArchive(InputStream archive, long totalBytes, TistoryBackupImporter.PostsAs postsAs,
                                      Consumer<ImportProgress> progress) {
        return importArchive(archive, totalBytes, postsAs, progress, false);
    }

    /**
     * Imports one of Tistory's backups, as {@link #importArchive} does.
     *
     * @throws ArchiveFormatException when the file is not a Tistory backup (a WordPress export included), or broken
     */
    public ImportReport importTistory(InputStream archive, long totalBytes, TistoryBackupImporter.PostsAs postsAs,
                                      Consumer<ImportProgress> progress) {
        return importArchive(archive, totalBytes, postsAs, progress, true);
    }

    private ImportReport importArchive(InputStream archive, long totalBytes, TistoryBackupImporter.PostsAs postsAs,
                                       Consumer<ImportProgress> progress, boolean tistoryOnly) {
        try {
            BufferedInputStream input = new BufferedInputStream(archive, 64 * 1024);
            Format format = format(input);
            if (tistoryOnly && format == Format.WXR) {
                throw new ArchiveFormatException("This is a WordPress export, not a Tistory backup: import it as a"
                        + " WordPress export", null);
            }
            return switch (format) {
                case WXR -> wxr.importWxr(input, totalBytes, progress);
                case TISTORY_XML -> tistoryXml.importBackup(input, totalBytes, progress);
                case TISTORY_BACKUP -> {
                    Path zip = Files.createTempFile("geul-import-", ".zip");
                    try {
                        Files.copy(input, zip, StandardCopyOption.REPLACE_EXISTING);
                        yield tistoryBackup.importZip(zip, postsAs, progress);
                    } finally {
                        Files.deleteIfExists(zip);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Which archive the stream holds, by its first bytes; the stream is left where it was. */
    static Format format(BufferedInputStream input) throws IOException {
        input.mark(SNIFFED_BYTES);
        byte[] head = input.readNBytes(SNIFFED_BYTES);
        input.reset();
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Format.TISTORY_BACKUP;
        }
        String text = new String(head, StandardCharsets.UTF_8)
                .replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "");
        Matcher first = FIRST_ELEMENT.matcher(text);
        if (first.find()) {
            String root = first.group(1);
            if (root.equals("rss")) {
                return Format.WXR;
            }
            if (root.equals("blog")) {
                return Format.TISTORY_XML;
            }
            throw new ArchiveFormatException("This is neither a WordPress export nor a Tistory backup: it starts with <"
                    + root + ">", null);
        }
        throw new ArchiveFormatException("This is neither a WordPress export (.xml) nor a Tistory backup (.xml or"
                + " .zip)", null);
    }
}
