package dev.geul.transfer.tistory;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.geul.base.html.HtmlSanitizer;
import dev.geul.comment.MentionData;
import dev.geul.comment.MentionKind;
import dev.geul.media.MediaDownloader;
import dev.geul.media.MediaStore;
import dev.geul.post.PostKind;
import dev.geul.post.PostStatus;
import dev.geul.post.PostTransfer.PostData;
import dev.geul.post.Visibility;
import dev.geul.transfer.ArchiveElement;
import dev.geul.transfer.ArchiveFormat;
import dev.geul.transfer.ArchiveImporter;
import dev.geul.transfer.ArchiveMapping;
import dev.geul.transfer.ArchiveReader;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import static dev.geul.transfer.ArchiveNamespace.RSS;

/**
 * Brings Tistory's old XML backup (TTXML, {@code <blog type="tattertools/1.1">}, made until 2016) into the blog:
 * the category tree, posts and notices with their visibility and reader's password, tags, threaded comments (secret
 * ones stay secret, guests keep their name, homepage and password), and the attached files the backup holds,
 * stored in the blog's media and shown where the post's image markers stood; trackbacks become mentions of their
 * posts.
 *
 * <p>The file is read as a stream, one post at a time: backups made with their attachments pass 100 MB. Posts are
 * written by the importing admin. What geul has no place for (the guestbook, the blog's settings and
 * skin) is left out and listed in the report.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class TistoryXmlImporter implements ArchiveFormat {

    /** Blog-level parts of a backup geul has no place for, with the reason the report gives. */
    private static final Map<String, ReportText> LEFT_OUT = Map.of(
            "guestbook", ReportText.of("transfer.why.tistory.guestbook", "geul has no guestbook"),
            "logs", ReportText.of("transfer.why.tistory.logs", "Tistory's visitor logs are not part of a post"),
            "statistics", ReportText.of("transfer.why.tistory.statistics",
                    "Tistory's visitor statistics are not part of a post"),
            "skin", ReportText.of("transfer.why.tistory.skin", "Tistory's skin does not apply to geul"),
            "plugin", ReportText.of("transfer.why.tistory.plugin", "Tistory's plugins do not apply to geul"),
            "feed", ReportText.of("transfer.why.tistory.feed", "geul writes its own feeds"),
            "keyword", ReportText.of("transfer.why.tistory.keyword", "Tistory's keyword pages are not imported"),
            "linkCategories", ReportText.of("transfer.why.tistory.links", "geul has no link list"),
            "link", ReportText.of("transfer.why.tistory.links", "geul has no link list"));
    private static final ReportText UNKNOWN_PART = ReportText.of("transfer.why.tistory.unknown",
            "geul does not know this part of a Tistory backup");

    private final ImportPipeline pipeline;
    private final MediaStore media;
    private final MediaDownloader downloader;
    private final HtmlSanitizer sanitizer;
    private final Clock clock;

    TistoryXmlImporter(ImportPipeline pipeline, MediaStore media, MediaDownloader downloader, HtmlSanitizer sanitizer,
                       Clock clock) {
        this.pipeline = pipeline;
        this.media = media;
        this.downloader = downloader;
        this.sanitizer = sanitizer;
        this.clock = clock;
    }

    @Override
    public ArchiveImporter.Format format() {
        return ArchiveImporter.Format.TISTORY_XML;
    }

    /** As {@link #importBackup}; the old backup says who could read its posts. */
    @Override
    public ImportReport importArchive(InputStream archive, long totalBytes, PostsAs postsAs,
                                      Consumer<ImportProgress> progress) {
        return importBackup(archive, totalBytes, progress);
    }

    /**
     * Imports the backup. Admins only; runs in the caller's thread.
     *
     * @param ttxml      the file; read to its end, not closed
     * @param totalBytes its size for progress reports, or -1
     * @throws ArchiveFormatException when the file is not a Tistory XML backup or breaks off; what was read up
     *                                to that point stays imported
     */
    public ImportReport importBackup(InputStream ttxml, long totalBytes, Consumer<ImportProgress> progress) {
        long authorId = pipeline.importingAdmin();
        return pipeline.importXml(ttxml, ArchiveReader.Kind.TTXML, "a Tistory XML backup", totalBytes, progress,
                run -> new Mapping(run, authorId));
    }

    /** The elements of one backup as the blog's categories, posts and comments. */
    private final class Mapping implements ArchiveMapping {

        final ImportRun run;
        final RemoteMedia remote;
        final TtxmlAttachments attachments;
        final TtxmlComments comments;
        final long authorId;

        Mapping(ImportRun run, long authorId) {
            this.run = run;
            this.authorId = authorId;
            this.remote = new RemoteMedia(downloader, run);
            this.attachments = new TtxmlAttachments(run, media, sanitizer);
            this.comments = new TtxmlComments(sanitizer, clock, authorId);
        }

        @Override
        public void read(ArchiveElement element) {
            if (element.namespace() != RSS) {
                return;
            }
            switch (element.name()) {
                case "category" -> categoryTree(element, "");
                case "post" -> post(element, "post");
                case "notice" -> post(element, "notice");
                case "setting" -> {
                }
                default -> {
                    run.skipType(ReportText.of("transfer.what.element", "<{0}>", element.name()),
                            LEFT_OUT.getOrDefault(element.name(), UNKNOWN_PART));
                }
            }
        }

        /** The backup's category tree, before its posts: parents first, so that the tree comes out as it was. */
        void categoryTree(ArchiveElement category, String parentPath) {
            String name = category.child(RSS, "name").orElse("");
            // Tistory's "분류 전체보기" (root) holds the others and is no category of its own
            boolean root = category.child(RSS, "root").filter("1"::equals).isPresent();
            String path = root || name.isEmpty() ? parentPath : parentPath.isEmpty() ? name : parentPath + "/" + name;
            if (!path.isEmpty() && !path.equals(parentPath)) {
                run.names().categoryPath(path, category.child(RSS, "priority").map(TistoryXmlImporter::number)
                        .orElse(0));
            }
            category.all(RSS, "category").forEach(child -> categoryTree(child, path));
        }

        void post(ArchiveElement post, String kind) {
            String id = post.child(RSS, "id").orElse("");
            String title = TistoryPosts.title(sanitizer.toPlainText(post.raw(RSS, "title")));
            ReportText label = kind.equals("notice") ? ReportText.of("transfer.label.notice", "notice \"{0}\"", title)
                    : ImportLabels.postLabel(PostKind.POST, title);
            Instant published = post.child(RSS, "published").map(TistoryXmlImporter::epochSeconds).orElse(null);
            Instant created = post.child(RSS, "created").map(TistoryXmlImporter::epochSeconds).orElse(published);
            Instant modified = post.child(RSS, "modified").map(TistoryXmlImporter::epochSeconds).orElse(created);
            Instant date = published != null ? published : created != null ? created : clock.instant();
            String key = TistoryPosts.importKey(id, date);

            PostStatus status = date.isAfter(clock.instant()) ? PostStatus.SCHEDULED : PostStatus.PUBLISHED;
            Visibility visibility;
            String password = null;
            switch (post.child(RSS, "visibility").orElse("public")) {
                case "public", "syndicated", "2", "3" -> visibility = Visibility.PUBLIC;
                case "protected", "1" -> {
                    password = post.child(RSS, "password").orElse(null);
                    if (password == null) {
                        run.skip(ImportLabels.partOf(label, ImportLabels.PASSWORD), ReportText.of(
                                "transfer.why.tistory.noPassword",
                                "The backup has no password for this protected post; it came in private"));
                        visibility = Visibility.PRIVATE;
                    } else if (password.length() > dev.geul.post.Post.PASSWORD_MAX_LENGTH) {
                        run.skip(ImportLabels.partOf(label, ImportLabels.PASSWORD), ReportText.of(
                                "transfer.why.passwordTooLong",
                                "The password is longer than {0} characters; the post came in private",
                                dev.geul.post.Post.PASSWORD_MAX_LENGTH));
                        password = null;
                        visibility = Visibility.PRIVATE;
                    } else {
                        visibility = Visibility.PASSWORD;
                    }
                }
                default -> visibility = Visibility.PRIVATE;
            }

            Map<String, String> files = attachments.store(post, date, label);
            Instant postDate = date;
            TistoryMarkup.Converted converted = TistoryMarkup.fromTtxml(post.raw(RSS, "content"), name -> {
                String local = files.get(name);
                if (local != null) {
                    return Optional.of(local);
                }
                // a backup made without its attachments: the file may still be on Kakao's servers
                String old = TistoryPosts.remoteImage(name);
                return old == null ? Optional.empty()
                        : Optional.of(remote.copyOf(old, postDate, RemoteMedia.imageOf(label)).orElse(old));
            });
            for (String missing : converted.missingImages()) {
                run.skip(ImportLabels.partOf(label, ReportText.of("transfer.what.image", "the image {0}", missing)),
                        ImportLabels.NOT_IN_BACKUP);
            }
            String html = remote.bringHome(converted.html(), converted.remoteImages(), date, label)
                    + attachments.unusedDownloads(post, files, converted.html());

            List<String> tags = new ArrayList<>();
            for (ArchiveElement tag : post.all(RSS, "tag").toList()) {
                String name = tag.text().strip();
                String slug = name.isEmpty() ? null : run.names().tag("", name);
                if (slug != null && !tags.contains(slug)) {
                    tags.add(slug);
                }
            }
            post.all(RSS, "movie").forEach(movie -> run.skip(ReportText.of("transfer.what.video",
                    "video (<movie>) \"{0}\" on {1}", sanitizer.toPlainText(movie.raw(RSS, "title")), label),
                    ReportText.of("transfer.why.tistory.video",
                            "Tistory kept its videos at Kakao TV; the backup holds no video file")));
            // trackbacks are kept as mentions of the post, as a WordPress import keeps them
            List<MentionData> trackbacks = new ArrayList<>();
            for (ArchiveElement trackback : post.all(RSS, "trackback").toList()) {
                String site = trackback.child(RSS, "site").or(() -> trackback.child(RSS, "title")).orElse("");
                Instant received = trackback.child(RSS, "received").map(TistoryXmlImporter::epochSeconds)
                        .orElse(date);
                trackbacks.add(new MentionData(null, 0, MentionKind.TRACKBACK, site,
                        trackback.child(RSS, "url").orElse(null), trackback.raw(RSS, "excerpt"), received,
                        key + "#trackback-" + (trackbacks.size() + 1)));
            }

            Long category = run.names().categoryPath(post.child(RSS, "category").orElse(null));
            String slogan = post.attribute("slogan");
            List<String> oldPaths = kind.equals("notice")
                    ? id.isEmpty() ? List.of() : List.of("/notice/" + id)
                    : TistoryPosts.legacyPaths(id, slogan);
            PostData data = new PostData(null, PostKind.POST, title, slogan, html, null, status, visibility,
                    password, date, created == null ? date : created, modified == null ? date : modified, null,
                    authorId, category, List.of(), tags, false,
                    !post.child(RSS, "acceptComment").filter("0"::equals).isPresent(), null, key, oldPaths);
            run.add(new PendingPost(id, PostKind.POST, label, data, null, comments.of(post, key, label),
                    trackbacks));
            run.itemRead(title);
        }
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A time Tistory wrote as seconds since 1970; null for none (0) or not a number. */
    static @Nullable Instant epochSeconds(String value) {
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds > 0 ? Instant.ofEpochSecond(seconds) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
