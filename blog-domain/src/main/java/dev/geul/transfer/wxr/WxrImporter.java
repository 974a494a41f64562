package dev.geul.transfer.wxr;

import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;

import dev.geul.base.BlogProperties;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.media.MediaDownloader;
import dev.geul.transfer.ArchiveFormat;
import dev.geul.transfer.ArchiveImporter;
import dev.geul.transfer.ArchiveReader;
import dev.geul.transfer.ImportPipeline;
import dev.geul.transfer.ImportProgress;
import dev.geul.transfer.ImportReport;
import dev.geul.transfer.ImportRun;
import dev.geul.transfer.PostsAs;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Brings a WordPress export (WXR 1.0 to 1.2) into the blog: writers, categories, tags, posts, pages and their
 * comments. {@link WxrMapping} and {@link WxrPosts} map the file's elements to the blog's; {@link ImportRun} stores
 * them in batches.
 *
 * <p>The file is read as a stream, one item at a time, so a big archive needs little memory. A file that does
 * not say which WXR version it is, before its first writer, category or item, is refused with nothing stored, as
 * WordPress's own importer does. The files the export names as attachments are downloaded from the old site into
 * the blog's media once the posts are in, and the posts' images and links at them (full size or one of WordPress's
 * sizes) point at the copies; a file that cannot be fetched keeps its old address and is listed in the report.
 * Downloading can be turned off ({@code BLOG_IMPORT_MEDIA_DOWNLOAD=false}) for a site that is gone: its uploads
 * folder can be brought as a zip instead ({@link UploadsImporter}).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class WxrImporter implements ArchiveFormat {

    private final ImportPipeline pipeline;
    private final MediaDownloader downloader;
    private final HtmlSanitizer sanitizer;
    private final ZoneId zone;
    private final Clock clock;

    WxrImporter(ImportPipeline pipeline, MediaDownloader downloader, HtmlSanitizer sanitizer, BlogProperties blog,
                Clock clock) {
        this.pipeline = pipeline;
        this.downloader = downloader;
        this.sanitizer = sanitizer;
        this.zone = blog.timeZone();
        this.clock = clock;
    }

    @Override
    public ArchiveImporter.Format format() {
        return ArchiveImporter.Format.WXR;
    }

    /** As {@link #importWxr(InputStream, long, Consumer)}; a WordPress export says who could read its posts. */
    @Override
    public ImportReport importArchive(InputStream archive, long totalBytes, PostsAs postsAs,
                                      Consumer<ImportProgress> progress) {
        return importWxr(archive, totalBytes, progress);
    }

    /** The same as {@link #importWxr(InputStream, long, Consumer)} without progress reports. */
    public ImportReport importWxr(InputStream wxr) {
        return importWxr(wxr, -1, progress -> {
        });
    }

    /**
     * Imports the archive. Admins only; runs in the caller's thread (a view that imports in the background
     * passes the admin's security context along to that thread).
     *
     * @param wxr        the file; read to its end, not closed
     * @param totalBytes its size for progress reports, or -1
     * @param progress   told after every item how far the import has come
     * @throws ArchiveFormatException when the file is not a WordPress export or breaks off; what was read up to
     *                            that point stays imported
     */
    public ImportReport importWxr(InputStream wxr, long totalBytes, Consumer<ImportProgress> progress) {
        return pipeline.importXml(wxr, ArchiveReader.Kind.WXR, "a WXR file", totalBytes, progress,
                run -> new WxrMapping(run, pipeline, downloader, sanitizer, zone, clock));
    }
}
