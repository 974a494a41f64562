package dev.geul.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dev.geul.base.BlogProperties;
import dev.geul.base.html.Excerpts;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentTransfer.CommentData;
import dev.geul.media.MediaDownloader;
import dev.geul.post.Post;
import dev.geul.post.PostKind;
import dev.geul.post.PostStatus;
import dev.geul.post.PostTransfer.PostData;
import dev.geul.post.Visibility;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import static dev.geul.transfer.WxrNamespace.CONTENT;
import static dev.geul.transfer.WxrNamespace.DC;
import static dev.geul.transfer.WxrNamespace.EXCERPT;
import static dev.geul.transfer.WxrNamespace.RSS;
import static dev.geul.transfer.WxrNamespace.WP;

/**
 * Brings a WordPress export (WXR 1.0 to 1.2) into the blog: writers, categories, tags, posts, pages and their
 * comments. This class maps the file's elements to the blog's; {@link ImportRun} stores them in batches.
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
public class WxrImporter {

    /** The title of a post that had none, since geul needs one. */
    public static final String UNTITLED = "(untitled)";

    /** WordPress writes 1.0, 1.1 or 1.2; its importer refuses a file without such a number. */
    private static final Pattern WXR_VERSION = Pattern.compile("\\d+\\.\\d+");

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
        CountingInputStream counting = new CountingInputStream(wxr);
        try (ImportRun run = pipeline.start("a WXR file", counting::count, totalBytes, progress);
             ArchiveReader reader = new ArchiveReader(counting, ArchiveReader.Kind.WXR)) {
            Mapping mapping = new Mapping(run);
            try {
                for (ArchiveElement element = reader.next(); element != null; element = reader.next()) {
                    mapping.read(element);
                }
            } catch (RuntimeException e) {
                // what was read before the file broke off stays imported
                run.storeWhatWasRead();
                throw e;
            }
            run.storeWhatWasRead();
            mapping.bringAttachmentsHome();
            return run.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The elements of one file as the blog's writers, categories, tags, posts and comments. */
    private final class Mapping {

        final ImportRun run;
        String site = "";
        boolean versionKnown;
        final Map<String, Long> authorsByWxrId = new HashMap<>();
        /** The attachments' addresses, with the dates of their uploads. */
        final Map<String, Instant> attachments = new java.util.LinkedHashMap<>();

        Mapping(ImportRun run) {
            this.run = run;
        }

        /** Downloads the attachments and points the imported posts at them; what fails is reported. */
        void bringAttachmentsHome() {
            if (attachments.isEmpty()) {
                return;
            }
            RemoteMedia remote = new RemoteMedia(downloader, run);
            if (!remote.enabled()) {
                run.note(ReportText.of("transfer.note.wxr.notDownloaded", "Attachments were not downloaded"
                        + " (BLOG_IMPORT_MEDIA_DOWNLOAD=false): posts link to them where they were. Their uploads"
                        + " folder can be imported as a zip."));
            }
            Map<String, String> copies = new HashMap<>();
            for (Map.Entry<String, Instant> attachment : attachments.entrySet()) {
                remote.copyOf(attachment.getKey(), attachment.getValue(), ATTACHMENT)
                        .ifPresent(copy -> copies.put(UploadLinks.key(attachment.getKey()), copy));
            }
            if (copies.isEmpty()) {
                return;
            }
            UploadLinks links = new UploadLinks(copies);
            List<Long> ids = new ArrayList<>(run.storedPosts());
            for (int from = 0; from < ids.size(); from += ImportRun.BATCH_POSTS) {
                List<Long> batch = ids.subList(from, Math.min(ids.size(), from + ImportRun.BATCH_POSTS));
                run.inTransaction(ReportText.of("transfer.what.attachmentLinks", "links to the attachments"),
                        () -> pipeline.posts().rewriteContent(batch,
                        links::rewrite));
            }
        }

        void read(ArchiveElement element) {
            switch (element.namespace()) {
                case RSS -> {
                    if (element.name().equals("item")) {
                        requireVersion();
                        item(element);
                    } else if (element.name().equals("link") && site.isEmpty()) {
                        site = siteOf(element.text());
                    }
                }
                case WP -> {
                    switch (element.name()) {
                        case "wxr_version" -> {
                            if (!WXR_VERSION.matcher(element.text().strip()).matches()) {
                                throw new ArchiveFormatException("This is not a WordPress export (WXR) file: its version \""
                                        + element.text().strip() + "\" is not one WordPress writes", null);
                            }
                            versionKnown = true;
                        }
                        case "base_blog_url" -> site = siteOf(element.text());
                        case "author" -> {
                            requireVersion();
                            author(element);
                        }
                        case "category" -> {
                            requireVersion();
                            category(element.child(WP, "category_nicename").orElse(""),
                                    element.child(WP, "cat_name").orElse(""),
                                    element.child(WP, "category_description").orElse(null),
                                    element.child(WP, "category_parent").orElse(null), element.meta("termmeta"));
                        }
                        case "tag" -> {
                            requireVersion();
                            tag(element.child(WP, "tag_slug").orElse(""), element.child(WP, "tag_name").orElse(""));
                        }
                        case "term" -> {
                            requireVersion();
                            term(element);
                        }
                        default -> {
                        }
                    }
                }
                default -> {
                }
            }
        }

        /** Nothing is stored from a file that has not said it is a WordPress export. */
        void requireVersion() {
            if (!versionKnown) {
                throw new ArchiveFormatException("This is not a WordPress export (WXR) file: it has no wp:wxr_version "
                        + "before its content", null);
            }
        }

        // ------------------------------------------------------------ writers, categories, tags

        void author(ArchiveElement element) {
            String login = element.child(WP, "author_login").orElse(null);
            if (login == null) {
                return;
            }
            run.names().author(login, element.child(WP, "author_display_name").orElse(login)).ifPresent(account ->
                    element.child(WP, "author_id").ifPresent(wxrId -> authorsByWxrId.put(wxrId, account)));
        }

        Long category(String nicename, String name, String description, String parent, Map<String, String> meta) {
            String slug = WxrText.decodePercent(nicename).strip();
            String key = slug.isEmpty() ? sanitizer.toPlainText(name) : slug;
            String parentKey = parent == null || parent.isBlank() ? null : WxrText.decodePercent(parent).strip();
            return run.names().category(key, name, slug, description, parentKey, parseInt(meta.get(WxrExporter.META_SORT_ORDER)));
        }

        String tag(String slugValue, String name) {
            return run.names().tag(WxrText.decodePercent(slugValue).strip(), name);
        }

        void term(ArchiveElement element) {
            String taxonomy = element.child(WP, "term_taxonomy").orElse("");
            String slug = element.child(WP, "term_slug").orElse("");
            String name = element.child(WP, "term_name").orElse(slug);
            switch (taxonomy) {
                case "category" -> category(slug, name, element.child(WP, "term_description").orElse(null),
                        element.child(WP, "term_parent").orElse(null), element.meta("termmeta"));
                case "post_tag" -> tag(slug, name);
                case "nav_menu" -> run.skipType(ReportText.of("transfer.what.menu", "navigation menu"), NO_MENUS);
                default -> run.skipType(ReportText.of("transfer.what.taxonomyTerm", "term of the taxonomy {0}",
                        taxonomy), UNKNOWN_CONTENT);
            }
        }

        // ------------------------------------------------------------ items

        void item(ArchiveElement item) {
            String type = item.child(WP, "post_type").orElse("post");
            String title = sanitizer.toPlainText(item.raw(RSS, "title"));
            switch (type) {
                case "post", "page" -> post(item, type.equals("page") ? PostKind.PAGE : PostKind.POST, title);
                case "attachment" -> {
                    run.attachmentSeen();
                    Instant uploaded = Optional.ofNullable(WxrText.date(item.raw(WP, "post_date_gmt"),
                            java.time.ZoneOffset.UTC)).orElse(WxrText.date(item.raw(WP, "post_date"), zone));
                    item.child(WP, "attachment_url").or(() -> item.child(RSS, "guid"))
                            .ifPresent(url -> attachments.putIfAbsent(url, uploaded));
                }
                case "nav_menu_item" -> run.skipType(ReportText.of("transfer.what.menuItem", "navigation menu item"),
                        NO_MENUS);
                default -> run.skipType(ReportText.of("transfer.what.itemType", "item of the type {0}", type),
                        UNKNOWN_CONTENT);
            }
            run.itemRead(title);
        }

        void post(ArchiveElement item, PostKind kind, String title) {
            String wxrId = item.child(WP, "post_id").orElse("");
            Map<String, String> meta = item.meta("postmeta");
            boolean native_ = meta.containsKey(WxrExporter.META_STATUS);
            ReportText label = ImportLabels.postLabel(kind, title.isEmpty() ? wxrId : title);
            String importKey = Optional.ofNullable(meta.get(WxrExporter.META_IMPORT_KEY)).filter(k -> !k.isBlank())
                    .orElse("wxr:" + site + "/?p=" + wxrId);
            if (importKey.length() > 500) {
                importKey = importKey.substring(0, 500);
            }
            String key = importKey;

            String wpStatus = item.child(WP, "status").orElse("publish");
            String password = item.raw(WP, "post_password").strip();
            Instant trashedAt = null;
            if (wpStatus.equals("trash")) {
                trashedAt = Optional.ofNullable(WxrText.isoInstant(meta.get(WxrExporter.META_TRASHED_AT)))
                        .or(() -> Optional.ofNullable(meta.get("_wp_trash_meta_time")).map(WxrImporter::epochSeconds))
                        .orElse(clock.instant());
                wpStatus = Optional.ofNullable(meta.get("_wp_trash_meta_status")).filter(s -> !s.isBlank())
                        .orElse("draft");
            }
            PostStatus status;
            Visibility visibility;
            switch (wpStatus) {
                case "publish" -> status = PostStatus.PUBLISHED;
                case "future" -> status = PostStatus.SCHEDULED;
                case "private" -> status = PostStatus.PUBLISHED;
                case "draft", "pending" -> status = PostStatus.DRAFT;
                case "auto-draft", "inherit" -> {
                    run.skip(label, ReportText.of("transfer.why.wxr.autoDraft",
                            "WordPress kept it as an automatic draft that was never saved"));
                    return;
                }
                default -> status = PostStatus.DRAFT;
            }
            visibility = wpStatus.equals("private") ? Visibility.PRIVATE
                    : password.isEmpty() ? Visibility.PUBLIC : Visibility.PASSWORD;
            if (native_) {
                status = enumOr(PostStatus.class, meta.get(WxrExporter.META_STATUS), status);
                visibility = enumOr(Visibility.class, meta.get(WxrExporter.META_VISIBILITY), visibility);
            }
            if (visibility == Visibility.PASSWORD && password.isEmpty()) {
                visibility = Visibility.PRIVATE;
            }

            Instant gmt = WxrText.date(item.raw(WP, "post_date_gmt"), java.time.ZoneOffset.UTC);
            Instant local = WxrText.date(item.raw(WP, "post_date"), zone);
            Instant date = gmt != null ? gmt : local;
            Instant publishedAt = native_ ? WxrText.isoInstant(meta.get(WxrExporter.META_PUBLISHED_AT))
                    : status == PostStatus.DRAFT ? gmt : date;
            if (status != PostStatus.DRAFT && publishedAt == null) {
                publishedAt = date != null ? date : clock.instant();
            }
            Instant createdAt = Optional.ofNullable(WxrText.isoInstant(meta.get(WxrExporter.META_CREATED_AT)))
                    .or(() -> Optional.ofNullable(date)).orElse(clock.instant());
            Instant modified = Optional.ofNullable(WxrText.isoInstant(meta.get(WxrExporter.META_UPDATED_AT)))
                    .or(() -> Optional.ofNullable(WxrText.date(item.raw(WP, "post_modified_gmt"), java.time.ZoneOffset.UTC)))
                    .or(() -> Optional.ofNullable(WxrText.date(item.raw(WP, "post_modified"), zone)))
                    .orElse(createdAt);

            String content = item.raw(CONTENT, "encoded");
            String excerpt = sanitizer.toPlainText(item.raw(EXCERPT, "encoded"));
            if (excerpt.isEmpty() && !native_) {
                String teaser = WxrText.beforeMore(content);
                excerpt = teaser == null ? "" : sanitizer.toPlainText(teaser);
            }
            if (excerpt.length() > Post.EXCERPT_MAX_LENGTH) {
                excerpt = Excerpts.shorten(excerpt, Post.EXCERPT_MAX_LENGTH - 10);
            }
            String html = native_ ? content : WxrText.paragraphs(content);

            String postTitle = title.isEmpty() ? UNTITLED : title;
            if (postTitle.length() > Post.TITLE_MAX_LENGTH) {
                postTitle = Excerpts.shorten(postTitle, Post.TITLE_MAX_LENGTH - 1);
            }
            String slug = WxrText.decodePercent(item.raw(WP, "post_name").strip());

            Long categoryId = null;
            List<Long> moreCategories = new ArrayList<>();
            List<String> postTags = new ArrayList<>();
            List<ArchiveElement> terms = item.all(RSS, "category").toList();
            boolean hasDomains = terms.stream().anyMatch(term -> !term.attribute("domain").isEmpty());
            for (ArchiveElement term : terms) {
                String domain = term.attribute("domain");
                String nicename = term.attribute("nicename");
                String name = term.text().strip();
                if (domain.equals("category") || (domain.isEmpty() && !hasDomains)) {
                    Long id = category(nicename, name, null, null, Map.of());
                    if (categoryId == null) {
                        categoryId = id;
                    } else if (id != null && !id.equals(categoryId) && !moreCategories.contains(id)) {
                        moreCategories.add(id);
                    }
                } else if (domain.equals("post_tag") || domain.equals("tag")) {
                    String tagSlug = tag(nicename, name);
                    if (tagSlug != null && !postTags.contains(tagSlug)) {
                        postTags.add(tagSlug);
                    }
                }
            }

            List<String> legacyPaths = meta.containsKey(WxrExporter.META_LEGACY_PATH)
                    ? meta.get(WxrExporter.META_LEGACY_PATH).lines().map(String::strip).filter(p -> !p.isEmpty()).toList()
                    : Optional.ofNullable(WxrText.legacyPath(item.child(RSS, "link").orElse(null))).stream().toList();
            String parentWxrId = item.child(WP, "post_parent").filter(id -> !id.equals("0")).orElse(null);
            Long parentId = kind == PostKind.PAGE && parentWxrId != null ? run.storedPost(parentWxrId).orElse(null) : null;

            Optional<Long> author = run.names().author(item.child(DC, "creator").orElse(null), null);
            if (author.isEmpty()) {
                run.skip(label, ReportText.of("transfer.why.writerMissing", "Its writer could not be added"));
                return;
            }
            long authorId = author.get();
            PostData data = new PostData(null, kind, postTitle, slug, html, emptyToNull(excerpt), status, visibility,
                    visibility == Visibility.PASSWORD ? password : null, publishedAt, createdAt, modified, trashedAt,
                    authorId, categoryId, moreCategories, postTags, item.child(WP, "is_sticky").filter("1"::equals).isPresent(),
                    !item.child(WP, "comment_status").filter("closed"::equals).isPresent(), parentId, key,
                    legacyPaths);
            run.add(new PendingPost(wxrId, kind, label, data, parentWxrId, comments(item, key, label)));
        }


        /** The comments of an item worth importing, not yet stored. */
        List<PendingComment> comments(ArchiveElement item, String postKey, ReportText postLabel) {
            List<PendingComment> pending = new ArrayList<>();
            for (ArchiveElement comment : item.all(WP, "comment").toList()) {
                String wxrId = comment.child(WP, "comment_id").orElse("");
                String author = sanitizer.toPlainText(comment.raw(WP, "comment_author"));
                String type = comment.child(WP, "comment_type").orElse("comment");
                ReportText label = ImportLabels.commentLabel(author, postLabel);
                if (type.equals("pingback") || type.equals("trackback")) {
                    run.skip(pingOrTrackback(type.equals("pingback"), author, postLabel),
                            ReportText.of("transfer.why.pingbacks", "Pingbacks and trackbacks are not imported"));
                    continue;
                }
                CommentStatus status;
                switch (comment.child(WP, "comment_approved").orElse("1")) {
                    case "1", "approve", "approved" -> status = CommentStatus.APPROVED;
                    case "0", "hold" -> status = CommentStatus.PENDING;
                    case "spam" -> status = CommentStatus.SPAM;
                    default -> {
                        run.skip(label, ReportText.of("transfer.why.wxr.trashed", "It was in WordPress's trash"));
                        continue;
                    }
                }
                Map<String, String> meta = comment.meta("commentmeta");
                String key = Optional.ofNullable(meta.get(WxrExporter.META_IMPORT_KEY)).filter(k -> !k.isBlank())
                        .orElse(postKey + "#comment-" + wxrId);
                if (key.length() > 500) {
                    key = key.substring(0, 500);
                }
                Instant createdAt = Optional.ofNullable(WxrText.isoInstant(meta.get(WxrExporter.META_CREATED_AT)))
                        .or(() -> Optional.ofNullable(WxrText.date(comment.raw(WP, "comment_date_gmt"),
                                java.time.ZoneOffset.UTC)))
                        .or(() -> Optional.ofNullable(WxrText.date(comment.raw(WP, "comment_date"), zone)))
                        .orElse(clock.instant());
                Long account = comment.child(WP, "comment_user_id").filter(id -> !id.equals("0"))
                        .map(authorsByWxrId::get).orElse(null);
                String body = WxrText.commentText(comment.raw(WP, "comment_content"));
                String parent = comment.child(WP, "comment_parent").filter(id -> !id.equals("0")).orElse(null);
                CommentData data = new CommentData(null, 0, null, account,
                        author.isEmpty() ? "Anonymous" : author, emptyToNull(meta.get(WxrExporter.META_GUEST_PASSWORD)),
                        body, status, "1".equals(meta.get(WxrExporter.META_SECRET)), createdAt,
                        WxrText.isoInstant(meta.get(WxrExporter.META_UPDATED_AT)),
                        comment.child(WP, "comment_author_IP").orElse(null), key,
                        comment.child(WP, "comment_author_email").orElse(null),
                        comment.child(WP, "comment_author_url").orElse(null));
                pending.add(new PendingComment(wxrId, parent, data, label));
            }
            return pending;
        }
    }

    private static ReportText pingOrTrackback(boolean pingback, String from, ReportText on) {
        if (from.isEmpty()) {
            return pingback ? ReportText.of("transfer.what.pingback", "pingback on {0}", on)
                    : ReportText.of("transfer.what.trackback", "trackback on {0}", on);
        }
        return pingback ? ReportText.of("transfer.what.pingbackFrom", "pingback from {0} on {1}", from, on)
                : ReportText.of("transfer.what.trackbackFrom", "trackback from {0} on {1}", from, on);
    }

    private static final ReportText NO_MENUS = ReportText.of("transfer.why.wxr.noMenus",
            "geul has no menus; its pages list themselves");
    private static final ReportText UNKNOWN_CONTENT = ReportText.of("transfer.why.wxr.unknown",
            "geul does not know this kind of content");
    private static final ReportText ATTACHMENT = ReportText.of("transfer.label.attachment", "attachment");

    /** The site an archive came from, as its import keys name it: {@code https://example.com} without a final slash. */
    private static String siteOf(String url) {
        String site = url == null ? "" : url.strip();
        while (site.endsWith("/")) {
            site = site.substring(0, site.length() - 1);
        }
        return site;
    }

    private static Instant epochSeconds(String value) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int parseInt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String value, E fallback) {
        try {
            return value == null ? fallback : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
