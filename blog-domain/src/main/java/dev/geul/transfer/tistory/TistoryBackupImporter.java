package dev.geul.transfer.tistory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import dev.geul.base.html.HtmlSanitizer;
import dev.geul.media.MediaDownloader;
import dev.geul.media.MediaRefusedException;
import dev.geul.media.MediaStore;
import dev.geul.media.StoredMedia;
import dev.geul.post.PostKind;
import dev.geul.post.PostStatus;
import dev.geul.post.PostTransfer.PostData;
import dev.geul.post.Visibility;
import dev.geul.transfer.ArchiveFormat;
import dev.geul.transfer.ArchiveFormatException;
import dev.geul.transfer.ArchiveImporter;
import dev.geul.transfer.ArchiveLimits;
import dev.geul.transfer.ImportLabels;
import dev.geul.transfer.ImportPipeline;
import dev.geul.transfer.ImportProgress;
import dev.geul.transfer.ImportReport;
import dev.geul.transfer.ImportRun;
import dev.geul.transfer.PendingPost;
import dev.geul.transfer.PostsAs;
import dev.geul.transfer.RemoteMedia;
import dev.geul.transfer.ReportText;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Brings Tistory's current backup (관리 › 블로그 › 데이터 관리: a zip of one folder a post) into the blog: each post's
 * title, body in Tistory's editor markup made into clean HTML (images with captions, code blocks with their
 * language, link cards, rules, folds), category ("parent/child" becomes the tree), tags and date (Korean time), and
 * the images of its {@code img/} folder stored in the blog's media.
 *
 * <p>The backup says nothing of a post's visibility, password or comments: the admin chooses how its posts come in
 * ({@link PostsAs}), and the report says so. Importing the same backup again, or its old XML backup as well, adds
 * nothing twice.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class TistoryBackupImporter implements ArchiveFormat {

    private static final DateTimeFormatter TISTORY_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private final ImportPipeline pipeline;
    private final MediaStore media;
    private final MediaDownloader downloader;
    private final HtmlSanitizer sanitizer;
    private final Clock clock;

    TistoryBackupImporter(ImportPipeline pipeline, MediaStore media, MediaDownloader downloader,
                          HtmlSanitizer sanitizer, Clock clock) {
        this.pipeline = pipeline;
        this.media = media;
        this.downloader = downloader;
        this.sanitizer = sanitizer;
        this.clock = clock;
    }

    @Override
    public ArchiveImporter.Format format() {
        return ArchiveImporter.Format.TISTORY_BACKUP;
    }

    /**
     * Imports a backup zip as it arrives: it is kept in a temporary file while it is read, since its posts and
     * images are found by name; otherwise as {@link #importZip}.
     */
    @Override
    public ImportReport importArchive(InputStream archive, long totalBytes, PostsAs postsAs,
                                      Consumer<ImportProgress> progress) {
        try {
            Path zip = Files.createTempFile("geul-import-", ".zip");
            try {
                Files.copy(archive, zip, StandardCopyOption.REPLACE_EXISTING);
                return importZip(zip, postsAs, progress);
            } finally {
                Files.deleteIfExists(zip);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports a backup zip. Admins only; runs in the caller's thread.
     *
     * @throws ArchiveFormatException when the file is not a zip or holds no Tistory post
     */
    public ImportReport importZip(Path zip, PostsAs postsAs, Consumer<ImportProgress> progress) {
        try (TistoryBackupFiles files = TistoryBackupFiles.zip(zip)) {
            return importFiles(files, postsAs, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a backup unpacked into a folder; otherwise as {@link #importZip}. */
    public ImportReport importFolder(Path folder, PostsAs postsAs, Consumer<ImportProgress> progress) {
        try (TistoryBackupFiles files = TistoryBackupFiles.folder(folder)) {
            return importFiles(files, postsAs, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportReport importFiles(TistoryBackupFiles files, PostsAs postsAs, Consumer<ImportProgress> progress)
            throws IOException {
        long authorId = pipeline.importingAdmin();
        List<TistoryBackupFiles.PostPage> pages = files.posts();
        if (pages.isEmpty()) {
            throw new ArchiveFormatException("This is not a Tistory backup: it holds no post page"
                    + " ({number}/{number}-{title}.html)", null);
        }
        AtomicLong read = new AtomicLong();
        return pipeline.run("a Tistory backup", read::get, files.totalBytes(), progress, run -> {
            for (TistoryBackupFiles.PostPage page : pages) {
                post(files, page, postsAs, authorId, run, read);
            }
            run.note(switch (postsAs) {
                case DRAFTS -> ReportText.of("transfer.note.tistory.drafts", "Tistory's backup does not say which"
                        + " posts were public, private or protected: they came in as drafts. Publish them in the posts"
                        + " list.");
                case PRIVATE -> ReportText.of("transfer.note.tistory.private", "Tistory's backup does not say which"
                        + " posts were public, private or protected: they came in published but private, seen by the"
                        + " blog's writers only.");
                case PUBLIC -> ReportText.of("transfer.note.tistory.public", "Tistory's backup does not say which"
                        + " posts were public, private or protected: they came in public, as chosen.");
            });
            run.note(ReportText.of("transfer.note.tistory.noComments",
                    "Tistory's backup holds no comments; its old XML backup does, where the blog has one."));
        });
    }

    private void post(TistoryBackupFiles files, TistoryBackupFiles.PostPage page, PostsAs postsAs, long authorId,
                      ImportRun run, AtomicLong read) throws IOException {
        Document document;
        try (InputStream html = files.open(page.path()).orElseThrow()) {
            Optional<byte[]> bytes = ArchiveLimits.readText(html);
            if (bytes.isEmpty()) {
                run.skip(ImportLabels.file(page.path()), ArchiveLimits.textTooLarge());
                return;
            }
            read.addAndGet(bytes.get().length);
            document = Jsoup.parse(new String(bytes.get(), StandardCharsets.UTF_8));
        }
        String title = TistoryPosts.title(text(document, ".title-article", document.title()));
        ReportText label = ReportText.of("transfer.label.postAt", "post \"{0}\" ({1})", title, page.path());
        Instant date = date(text(document, ".article-header .date, p.date", ""));
        if (date == null) {
            run.skip(ImportLabels.partOf(label, ReportText.of("transfer.what.date", "its date")),
                    ReportText.of("transfer.why.tistory.noDate", "The page names no date Tistory writes"
                            + " (YYYY-MM-DD HH:MM:SS); it came in with the time of the import"));
            date = clock.instant();
        }
        Element body = Optional.ofNullable(document.selectFirst(".contents_style"))
                .or(() -> Optional.ofNullable(document.selectFirst(".article-view")))
                .orElse(document.body());

        Instant postDate = date;
        Set<String> refused = new java.util.HashSet<>();
        TistoryMarkup.Converted converted = TistoryMarkup.fromBackupHtml(body.html(),
                src -> image(files, page, src, postDate, label, run, read, refused));
        converted.missingImages().stream().filter(src -> !refused.contains(src)).forEach(src ->
                run.skip(ImportLabels.partOf(label, ImportLabels.file(src)), ImportLabels.NOT_IN_BACKUP));


        Set<String> tags = new LinkedHashSet<>();
        for (String name : text(document, ".tags", "").split("#")) {
            String tag = name.strip();
            if (!tag.isEmpty()) {
                Optional.ofNullable(run.names().tag("", tag)).ifPresent(tags::add);
            }
        }
        Long category = run.names().categoryPath(text(document, ".article-header .category, p.category", ""));

        String slogan = page.fileTitle();
        PostStatus status = postsAs == PostsAs.DRAFTS ? PostStatus.DRAFT
                : date.isAfter(clock.instant()) ? PostStatus.SCHEDULED : PostStatus.PUBLISHED;
        Visibility visibility = postsAs == PostsAs.PRIVATE ? Visibility.PRIVATE : Visibility.PUBLIC;
        String key = TistoryPosts.importKey(page.id(), date);
        String html = new RemoteMedia(downloader, run).bringHome(converted.html(), converted.remoteImages(), date,
                label);
        PostData data = new PostData(null, PostKind.POST, title, slogan, html, null, status, visibility,
                null, date, date, date, null, authorId, category, List.of(), List.copyOf(tags), false, true, null, key,
                TistoryPosts.legacyPaths(page.id(), slogan));
        run.add(new PendingPost(page.id(), PostKind.POST, label, data, null, List.of()));
        run.itemRead(title);
    }

    /** Stores an image of the post's folder and tells where the blog serves it; empty when the backup lacks it. */
    private Optional<String> image(TistoryBackupFiles files, TistoryBackupFiles.PostPage page, String src,
                                   Instant date, ReportText label, ImportRun run, AtomicLong read,
                                   Set<String> refused) {
        Optional<String> path = page.resolve(src);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<InputStream> file = files.open(path.get());
            if (file.isEmpty()) {
                return Optional.empty();
            }
            run.attachmentSeen();
            try (InputStream data = file.get()) {
                StoredMedia stored = media.storeImported(data, date);
                if (stored.created()) {
                    run.mediaStored();
                }
                media.find(stored.path()).ifPresent(copy -> read.addAndGet(copy.size()));
                return Optional.of(stored.path());
            } catch (MediaRefusedException refusal) {
                refused.add(src);
                run.skip(ImportLabels.partOf(label, ImportLabels.file(path.get())),
                        ImportLabels.refusedFile(refusal.reason()));
                // reported here: the page keeps no broken image
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Document document, String selector, String fallback) {
        Element element = document.selectFirst(selector);
        return element == null ? fallback : sanitizer.toPlainText(element.text()).strip();
    }

    private static @Nullable Instant date(String text) {
        try {
            return LocalDateTime.parse(text.strip(), TISTORY_DATE).atZone(TistoryPosts.KOREA).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
