package dev.geul.transfer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports whichever archive a blogger brings, told by its first bytes: a WordPress export, Tistory's old XML
 * backup, or Tistory's current backup (a zip), each read by the {@link ArchiveFormat} of its own package. For the
 * admin page, where one upload takes them all.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ArchiveImporter {

    /** The archives geul reads. */
    public enum Format { WXR, TISTORY_XML, TISTORY_BACKUP }

    private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z][\\w:.-]*)");
    private static final int SNIFFED_BYTES = 8192;

    private final List<ArchiveFormat> formats;

    ArchiveImporter(List<ArchiveFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /**
     * Imports the archive with the importer of its format.
     *
     * @param postsAs how the posts of Tistory's current backup come in, which does not say (ignored otherwise)
     * @throws ArchiveFormatException when the file is none of the archives geul reads, or broken
     */
    public ImportReport importArchive(InputStream archive, long totalBytes, PostsAs postsAs,
                                      Consumer<ImportProgress> progress) {
        return importArchive(archive, totalBytes, postsAs, progress, false);
    }

    /**
     * Imports one of Tistory's backups, as {@link #importArchive} does.
     *
     * @throws ArchiveFormatException when the file is not a Tistory backup (a WordPress export included), or broken
     */
    public ImportReport importTistory(InputStream archive, long totalBytes, PostsAs postsAs,
                                      Consumer<ImportProgress> progress) {
        return importArchive(archive, totalBytes, postsAs, progress, true);
    }

    private ImportReport importArchive(InputStream archive, long totalBytes, PostsAs postsAs,
                                       Consumer<ImportProgress> progress, boolean tistoryOnly) {
        try {
            BufferedInputStream input = new BufferedInputStream(archive, 64 * 1024);
            Format format = format(input);
            if (tistoryOnly && format == Format.WXR) {
                throw new ArchiveFormatException("This is a WordPress export, not a Tistory backup: import it as a"
                        + " WordPress export", null);
            }
            return importerOf(format).importArchive(input, totalBytes, postsAs, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asked at each import, by the admin importing: an importer answers admins only, whatever is asked. */
    private ArchiveFormat importerOf(Format format) {
        return formats.stream().filter(importer -> importer.format() == format).findFirst()
                .orElseThrow(() -> new IllegalStateException("No importer reads " + format));
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
