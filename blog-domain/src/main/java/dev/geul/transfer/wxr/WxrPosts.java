package dev.geul.transfer.wxr;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.geul.base.html.Excerpts;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentTransfer.CommentData;
import dev.geul.comment.MentionData;
import dev.geul.comment.MentionKind;
import dev.geul.post.Post;
import dev.geul.post.PostKind;
import dev.geul.post.PostStatus;
import dev.geul.post.PostTransfer.PostData;
import dev.geul.post.Visibility;
import dev.geul.transfer.ArchiveElement;
import dev.geul.transfer.CommentText;
import dev.geul.transfer.ImportLabels;
import dev.geul.transfer.ImportRun;
import dev.geul.transfer.PendingComment;
import dev.geul.transfer.PendingPost;
import dev.geul.transfer.ReportText;
import org.jspecify.annotations.Nullable;

import static dev.geul.transfer.ArchiveNamespace.CONTENT;
import static dev.geul.transfer.ArchiveNamespace.DC;
import static dev.geul.transfer.ArchiveNamespace.EXCERPT;
import static dev.geul.transfer.ArchiveNamespace.RSS;
import static dev.geul.transfer.ArchiveNamespace.WP;

/**
 * The posts and pages of a WordPress export, with their comments, as the blog's: WordPress's states, passwords,
 * dates in the site's zone or UTC, teasers before {@code <!--more-->}, categories and tags, old addresses, and
 * what geul's own export kept beyond them ({@link WxrMeta}). Auto-drafts, trashed comments, pingbacks and
 * trackbacks are reported as left out.
 */
final class WxrPosts {

    private final WxrMapping mapping;
    private final ImportRun run;
    private final HtmlSanitizer sanitizer;
    private final ZoneId zone;
    private final Clock clock;

    WxrPosts(WxrMapping mapping, ImportRun run, HtmlSanitizer sanitizer, ZoneId zone, Clock clock) {
        this.mapping = mapping;
        this.run = run;
        this.sanitizer = sanitizer;
        this.zone = zone;
        this.clock = clock;
    }

    /** Queues the item as a post or page of the blog, with its comments; what cannot be is reported. */
    void post(ArchiveElement item, PostKind kind, String title) {
        String wxrId = item.child(WP, "post_id").orElse("");
        Map<String, String> meta = item.meta("postmeta");
        boolean native_ = meta.containsKey(WxrMeta.STATUS);
        ReportText label = ImportLabels.postLabel(kind, title.isEmpty() ? wxrId : title);
        String importKey = Optional.ofNullable(meta.get(WxrMeta.IMPORT_KEY)).filter(k -> !k.isBlank())
                .orElse("wxr:" + mapping.site() + "/?p=" + wxrId);
        if (importKey.length() > 500) {
            importKey = importKey.substring(0, 500);
        }
        String key = importKey;

        String wpStatus = item.child(WP, "status").orElse("publish");
        String password = item.raw(WP, "post_password").strip();
        Instant trashedAt = null;
        if (wpStatus.equals("trash")) {
            trashedAt = Optional.ofNullable(WxrText.isoInstant(meta.get(WxrMeta.TRASHED_AT)))
                    .or(() -> Optional.ofNullable(meta.get("_wp_trash_meta_time")).map(WxrPosts::epochSeconds))
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
            status = enumOr(PostStatus.class, meta.get(WxrMeta.STATUS), status);
            visibility = enumOr(Visibility.class, meta.get(WxrMeta.VISIBILITY), visibility);
        }
        if (visibility == Visibility.PASSWORD && password.isEmpty()) {
            visibility = Visibility.PRIVATE;
        }

        Instant gmt = WxrText.date(item.raw(WP, "post_date_gmt"), ZoneOffset.UTC);
        Instant local = WxrText.date(item.raw(WP, "post_date"), zone);
        Instant date = gmt != null ? gmt : local;
        Instant publishedAt = native_ ? WxrText.isoInstant(meta.get(WxrMeta.PUBLISHED_AT))
                : status == PostStatus.DRAFT ? gmt : date;
        if (status != PostStatus.DRAFT && publishedAt == null) {
            publishedAt = date != null ? date : clock.instant();
        }
        Instant createdAt = Optional.ofNullable(WxrText.isoInstant(meta.get(WxrMeta.CREATED_AT)))
                .or(() -> Optional.ofNullable(date)).orElse(clock.instant());
        Instant modified = Optional.ofNullable(WxrText.isoInstant(meta.get(WxrMeta.UPDATED_AT)))
                .or(() -> Optional.ofNullable(WxrText.date(item.raw(WP, "post_modified_gmt"), ZoneOffset.UTC)))
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

        String postTitle = title.isEmpty() ? ImportLabels.UNTITLED : title;
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
                Long id = mapping.category(nicename, name, null, null, Map.of());
                if (categoryId == null) {
                    categoryId = id;
                } else if (id != null && !id.equals(categoryId) && !moreCategories.contains(id)) {
                    moreCategories.add(id);
                }
            } else if (domain.equals("post_tag") || domain.equals("tag")) {
                String tagSlug = mapping.tag(nicename, name);
                if (tagSlug != null && !postTags.contains(tagSlug)) {
                    postTags.add(tagSlug);
                }
            }
        }

        List<String> legacyPaths = meta.containsKey(WxrMeta.LEGACY_PATH)
                ? meta.get(WxrMeta.LEGACY_PATH).lines().map(String::strip).filter(p -> !p.isEmpty()).toList()
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
        run.add(new PendingPost(wxrId, kind, label, data, parentWxrId, comments(item, key, label),
                mentions(item, key, label)));
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
                continue; // a mention, not a comment: see mentions()
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
            String key = Optional.ofNullable(meta.get(WxrMeta.IMPORT_KEY)).filter(k -> !k.isBlank())
                    .orElse(postKey + "#comment-" + wxrId);
            if (key.length() > 500) {
                key = key.substring(0, 500);
            }
            Instant createdAt = Optional.ofNullable(WxrText.isoInstant(meta.get(WxrMeta.CREATED_AT)))
                    .or(() -> Optional.ofNullable(WxrText.date(comment.raw(WP, "comment_date_gmt"),
                            ZoneOffset.UTC)))
                    .or(() -> Optional.ofNullable(WxrText.date(comment.raw(WP, "comment_date"), zone)))
                    .orElse(clock.instant());
            Long account = comment.child(WP, "comment_user_id").filter(id -> !id.equals("0"))
                    .map(mapping::accountOf).orElse(null);
            String body = CommentText.fromHtml(comment.raw(WP, "comment_content"));
            String parent = comment.child(WP, "comment_parent").filter(id -> !id.equals("0")).orElse(null);
            CommentData data = new CommentData(null, 0, null, account,
                    author.isEmpty() ? "Anonymous" : author, emptyToNull(meta.get(WxrMeta.GUEST_PASSWORD)),
                    body, status, "1".equals(meta.get(WxrMeta.SECRET)), createdAt,
                    WxrText.isoInstant(meta.get(WxrMeta.UPDATED_AT)),
                    comment.child(WP, "comment_author_IP").orElse(null), key,
                    comment.child(WP, "comment_author_email").orElse(null),
                    comment.child(WP, "comment_author_url").orElse(null));
            pending.add(new PendingComment(wxrId, parent, data, label));
        }
        return pending;
    }

    /**
     * The pingbacks and trackbacks of an item, kept as WordPress keeps them and shown to readers as mentions of the
     * post. Those WordPress held back (waiting, spam, trash) are left out and reported, as readers never saw them.
     */
    List<MentionData> mentions(ArchiveElement item, String postKey, ReportText postLabel) {
        List<MentionData> mentions = new ArrayList<>();
        for (ArchiveElement comment : item.all(WP, "comment").toList()) {
            String type = comment.child(WP, "comment_type").orElse("comment");
            if (!type.equals("pingback") && !type.equals("trackback")) {
                continue;
            }
            String author = sanitizer.toPlainText(comment.raw(WP, "comment_author"));
            boolean pingback = type.equals("pingback");
            String approved = comment.child(WP, "comment_approved").orElse("1");
            if (!approved.equals("1") && !approved.equals("approve") && !approved.equals("approved")) {
                run.skip(pingOrTrackback(pingback, author, postLabel), ReportText.of("transfer.why.mentionHeld",
                        "WordPress had not shown it to readers (waiting, spam or trash)"));
                continue;
            }
            Map<String, String> meta = comment.meta("commentmeta");
            String key = Optional.ofNullable(meta.get(WxrMeta.IMPORT_KEY)).filter(k -> !k.isBlank())
                    .orElse(postKey + "#comment-" + comment.child(WP, "comment_id").orElse(""));
            Instant createdAt = Optional.ofNullable(WxrText.isoInstant(meta.get(WxrMeta.CREATED_AT)))
                    .or(() -> Optional.ofNullable(WxrText.date(comment.raw(WP, "comment_date_gmt"), ZoneOffset.UTC)))
                    .or(() -> Optional.ofNullable(WxrText.date(comment.raw(WP, "comment_date"), zone)))
                    .orElse(clock.instant());
            mentions.add(new MentionData(null, 0, pingback ? MentionKind.PINGBACK : MentionKind.TRACKBACK, author,
                    comment.child(WP, "comment_author_url").orElse(null), comment.raw(WP, "comment_content"),
                    createdAt, key.length() > 500 ? key.substring(0, 500) : key));
        }
        return mentions;
    }

    private static ReportText pingOrTrackback(boolean pingback, String from, ReportText on) {
        if (from.isEmpty()) {
            return pingback ? ReportText.of("transfer.what.pingback", "pingback on {0}", on)
                    : ReportText.of("transfer.what.trackback", "trackback on {0}", on);
        }
        return pingback ? ReportText.of("transfer.what.pingbackFrom", "pingback from {0} on {1}", from, on)
                : ReportText.of("transfer.what.trackbackFrom", "trackback from {0} on {1}", from, on);
    }


    private static @Nullable Instant epochSeconds(String value) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, @Nullable String value, E fallback) {
        try {
            return value == null ? fallback : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
