package dev.geul.transfer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.geul.account.AccountTransfer;
import dev.geul.base.BlogProperties;
import dev.geul.base.html.Excerpts;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.category.CategoryTransfer;
import dev.geul.category.CategoryTransfer.CategoryData;
import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentTransfer;
import dev.geul.comment.CommentTransfer.CommentData;
import dev.geul.post.Post;
import dev.geul.post.PostKind;
import dev.geul.post.PostStatus;
import dev.geul.post.PostTransfer;
import dev.geul.post.PostTransfer.PostData;
import dev.geul.post.PostTransfer.TagData;
import dev.geul.post.Visibility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.geul.transfer.WxrNamespace.CONTENT;
import static dev.geul.transfer.WxrNamespace.DC;
import static dev.geul.transfer.WxrNamespace.EXCERPT;
import static dev.geul.transfer.WxrNamespace.RSS;
import static dev.geul.transfer.WxrNamespace.WP;

/**
 * Brings a WordPress export (WXR 1.0 to 1.2) into the blog: writers, categories, tags, posts, pages and their
 * comments.
 *
 * <p>The file is read as a stream, one item at a time, so a big archive needs little memory. Posts are stored in
 * batches of up to {@value #BATCH_POSTS} per transaction (a commit and an index update per post would make a big
 * archive slow); when anything in a batch fails, that batch is stored again one post per transaction, so a bad
 * item is skipped and reported while the rest comes in. Importing the same archive again adds nothing twice:
 * posts and comments carry the archive's key, categories and tags are found by slug. Media files are not
 * downloaded: posts keep linking to them where they are, and the report lists them.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class WxrImporter {

    /** The title of a post that had none, since geul needs one. */
    public static final String UNTITLED = "(untitled)";

    /** Posts stored together in one transaction. */
    static final int BATCH_POSTS = 500;
    /**
     * Batches stored at the same time: while one waits for the database or the search index, the other works.
     * Batches that share a new slug or import key make one of them fail and be stored again post by post.
     */
    static final int BATCH_WRITERS = 2;
    /** ... or fewer when their text is this long, so that a batch of long posts stays small in memory. */
    static final int BATCH_CHARACTERS = 4_000_000;

    private static final Logger log = LoggerFactory.getLogger(WxrImporter.class);

    private final AccountTransfer accounts;
    private final CategoryTransfer categories;
    private final PostTransfer posts;
    private final CommentTransfer comments;
    private final HtmlSanitizer sanitizer;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final ZoneId zone;
    private final Clock clock;

    WxrImporter(AccountTransfer accounts, CategoryTransfer categories, PostTransfer posts, CommentTransfer comments,
                HtmlSanitizer sanitizer, PlatformTransactionManager transactionManager, EntityManager entityManager,
                BlogProperties blog, Clock clock) {
        this.accounts = accounts;
        this.categories = categories;
        this.posts = posts;
        this.comments = comments;
        this.sanitizer = sanitizer;
        this.transaction = new TransactionTemplate(transactionManager);
        this.entityManager = entityManager;
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
     * @throws WxrFormatException when the file is not a WordPress export or breaks off; what was read up to
     *                            that point stays imported
     */
    public ImportReport importWxr(InputStream wxr, long totalBytes, Consumer<ImportProgress> progress) {
        CountingInputStream counting = new CountingInputStream(wxr);
        Run run = new Run(counting, totalBytes, progress);
        try (WxrReader reader = new WxrReader(counting)) {
            for (WxrElement element = reader.next(); element != null; element = reader.next()) {
                run.read(element);
            }
            return run.finish();
        } catch (IOException e) {
            run.storeWhatWasRead();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // what was read before the file broke off stays imported
            run.storeWhatWasRead();
            throw e;
        } finally {
            run.batchWriters.shutdown();
        }
    }

    private final class Run {

        final CountingInputStream input;
        final long totalBytes;
        final Consumer<ImportProgress> progress;

        String site = "";
        final Map<String, Long> authorsByLogin = new HashMap<>();
        final Map<String, Long> authorsByWxrId = new HashMap<>();
        final Map<String, Long> categoriesBySlug = new HashMap<>();
        /** Categories this run created, with the slug of the parent the archive names. */
        final Map<Long, String> categoryParents = new LinkedHashMap<>();
        final Map<String, String> tagSlugs = new HashMap<>();
        final Map<String, Long> postsByWxrId = new HashMap<>();
        /** Pages this run created, with the archive's id of their parent. */
        final Map<Long, String> pageParents = new LinkedHashMap<>();
        final Map<String, Integer> skippedTypes = new LinkedHashMap<>();
        final List<ImportReport.Skipped> skipped = new ArrayList<>();
        final List<String> attachmentUrls = new ArrayList<>();
        int skippedCount;
        int items;
        int postCount;
        int pageCount;
        int commentCount;
        int categoryCount;
        int tagCount;
        int authorCount;
        int attachmentCount;
        int alreadyImported;
        final List<PendingPost> pending = new ArrayList<>();
        long pendingCharacters;
        /** Batches being stored, oldest first. */
        final Deque<InFlight> inFlight = new ArrayDeque<>();
        /** Stores batches while the next ones are read; runs with the importing admin's security context. */
        final ExecutorService batchWriters = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(
                BATCH_WRITERS, Thread.ofPlatform().name("wxr-import-", 1).daemon().factory()));

        Run(CountingInputStream input, long totalBytes, Consumer<ImportProgress> progress) {
            this.input = input;
            this.totalBytes = totalBytes;
            this.progress = progress;
        }

        void read(WxrElement element) {
            switch (element.namespace()) {
                case RSS -> {
                    if (element.name().equals("item")) {
                        item(element);
                    } else if (element.name().equals("link") && site.isEmpty()) {
                        site = siteOf(element.text());
                    }
                }
                case WP -> {
                    switch (element.name()) {
                        case "base_blog_url" -> site = siteOf(element.text());
                        case "author" -> author(element);
                        case "category" -> category(element.child(WP, "category_nicename").orElse(""),
                                element.child(WP, "cat_name").orElse(""),
                                element.child(WP, "category_description").orElse(null),
                                element.child(WP, "category_parent").orElse(null), element.meta("termmeta"));
                        case "tag" -> tag(element.child(WP, "tag_slug").orElse(""),
                                element.child(WP, "tag_name").orElse(""));
                        case "term" -> term(element);
                        default -> {
                        }
                    }
                }
                default -> {
                }
            }
        }

        // ------------------------------------------------------------ writers, categories, tags

        void author(WxrElement element) {
            String login = element.child(WP, "author_login").orElse(null);
            if (login == null) {
                return;
            }
            String displayName = sanitizer.toPlainText(element.child(WP, "author_display_name").orElse(login));
            Optional<Long> id = inTransaction("writer " + login, () -> accounts.findOrCreateAuthor(login, displayName))
                    .map(this::countAuthor);
            id.ifPresent(account -> {
                authorsByLogin.put(login, account);
                element.child(WP, "author_id").ifPresent(wxrId -> authorsByWxrId.put(wxrId, account));
            });
        }

        Optional<Long> authorOf(String login) {
            String name = login == null || login.isBlank() ? "author" : login.strip();
            Long known = authorsByLogin.get(name);
            if (known != null) {
                return Optional.of(known);
            }
            Optional<Long> created = inTransaction("writer " + name, () -> accounts.findOrCreateAuthor(name, name))
                    .map(this::countAuthor);
            created.ifPresent(id -> authorsByLogin.put(name, id));
            return created;
        }

        long countAuthor(AccountTransfer.Found found) {
            if (found.created()) {
                authorCount++;
            }
            return found.id();
        }

        Long category(String nicename, String name, String description, String parent, Map<String, String> meta) {
            String slug = WxrText.decodePercent(nicename).strip();
            String plainName = sanitizer.toPlainText(name);
            String key = slug.isEmpty() ? plainName : slug;
            if (key.isEmpty()) {
                return null;
            }
            Long known = categoriesBySlug.get(key);
            if (known != null) {
                return known;
            }
            int sortOrder = parseInt(meta.get(WxrExporter.META_SORT_ORDER));
            Optional<CategoryTransfer.Found> found = inTransaction("category " + (plainName.isEmpty() ? key : plainName),
                    () -> categories.findOrCreate(new CategoryData(null, plainName, slug, description == null ? null
                            : sanitizer.toPlainText(description), null, sortOrder)));
            if (found.isEmpty()) {
                return null;
            }
            categoriesBySlug.put(key, found.get().id());
            if (found.get().created()) {
                categoryCount++;
                if (parent != null && !parent.isBlank()) {
                    categoryParents.put(found.get().id(), WxrText.decodePercent(parent).strip());
                }
            }
            return found.get().id();
        }

        String tag(String slugValue, String name) {
            String slug = WxrText.decodePercent(slugValue).strip();
            String key = slug.isEmpty() ? sanitizer.toPlainText(name) : slug;
            if (key.isEmpty()) {
                return null;
            }
            String known = tagSlugs.get(key);
            if (known != null) {
                return known;
            }
            Optional<PostTransfer.FoundTag> found = inTransaction("tag " + key,
                    () -> posts.findOrCreateTag(new TagData(name, slug)));
            if (found.isEmpty()) {
                return null;
            }
            if (found.get().created()) {
                tagCount++;
            }
            tagSlugs.put(key, found.get().slug());
            return found.get().slug();
        }

        void term(WxrElement element) {
            String taxonomy = element.child(WP, "term_taxonomy").orElse("");
            String slug = element.child(WP, "term_slug").orElse("");
            String name = element.child(WP, "term_name").orElse(slug);
            switch (taxonomy) {
                case "category" -> category(slug, name, element.child(WP, "term_description").orElse(null),
                        element.child(WP, "term_parent").orElse(null), element.meta("termmeta"));
                case "post_tag" -> tag(slug, name);
                case "nav_menu" -> countSkippedType("navigation menu");
                default -> countSkippedType("term of the taxonomy " + taxonomy);
            }
        }

        // ------------------------------------------------------------ items

        void item(WxrElement item) {
            items++;
            String type = item.child(WP, "post_type").orElse("post");
            String title = sanitizer.toPlainText(item.raw(RSS, "title"));
            switch (type) {
                case "post", "page" -> post(item, type.equals("page") ? PostKind.PAGE : PostKind.POST, title);
                case "attachment" -> {
                    attachmentCount++;
                    String url = item.child(WP, "attachment_url").or(() -> item.child(RSS, "guid")).orElse(null);
                    if (url != null && attachmentUrls.size() < ImportReport.MAX_LISTED) {
                        attachmentUrls.add(url);
                    }
                }
                case "nav_menu_item" -> countSkippedType("navigation menu item");
                default -> countSkippedType("item of the type " + type);
            }
            report(title);
        }

        void post(WxrElement item, PostKind kind, String title) {
            String wxrId = item.child(WP, "post_id").orElse("");
            Map<String, String> meta = item.meta("postmeta");
            boolean native_ = meta.containsKey(WxrExporter.META_STATUS);
            String label = (kind == PostKind.PAGE ? "page \"" : "post \"") + (title.isEmpty() ? wxrId : title) + "\"";
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
                    skip(label, "WordPress kept it as an automatic draft that was never saved");
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
            List<String> postTags = new ArrayList<>();
            List<WxrElement> terms = item.all(RSS, "category").toList();
            boolean hasDomains = terms.stream().anyMatch(term -> !term.attribute("domain").isEmpty());
            for (WxrElement term : terms) {
                String domain = term.attribute("domain");
                String nicename = term.attribute("nicename");
                String name = term.text().strip();
                if (domain.equals("category") || (domain.isEmpty() && !hasDomains)) {
                    Long id = category(nicename, name, null, null, Map.of());
                    if (categoryId == null) {
                        categoryId = id;
                    }
                } else if (domain.equals("post_tag") || domain.equals("tag")) {
                    String tagSlug = tag(nicename, name);
                    if (tagSlug != null && !postTags.contains(tagSlug)) {
                        postTags.add(tagSlug);
                    }
                }
            }

            String legacyPath = meta.containsKey(WxrExporter.META_LEGACY_PATH)
                    ? emptyToNull(meta.get(WxrExporter.META_LEGACY_PATH))
                    : WxrText.legacyPath(item.child(RSS, "link").orElse(null));
            String parentWxrId = item.child(WP, "post_parent").filter(id -> !id.equals("0")).orElse(null);
            Long parentId = kind == PostKind.PAGE && parentWxrId != null ? postsByWxrId.get(parentWxrId) : null;

            Optional<Long> author = authorOf(item.child(DC, "creator").orElse(null));
            if (author.isEmpty()) {
                skip(label, "Its writer could not be added");
                return;
            }
            long authorId = author.get();
            PostData data = new PostData(null, kind, postTitle, slug, html, emptyToNull(excerpt), status, visibility,
                    visibility == Visibility.PASSWORD ? password : null, publishedAt, createdAt, modified, trashedAt,
                    authorId, categoryId, postTags, item.child(WP, "is_sticky").filter("1"::equals).isPresent(),
                    !item.child(WP, "comment_status").filter("closed"::equals).isPresent(), parentId, key,
                    legacyPath);
            pending.add(new PendingPost(wxrId, kind, label, key, data, parentWxrId, comments(item, key, label)));
            pendingCharacters += html.length();
            if (pending.size() >= BATCH_POSTS || pendingCharacters >= BATCH_CHARACTERS) {
                flush();
            }
        }

        /** Hands the posts read so far to a writer, after waiting for the oldest batch when both are busy. */
        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<PendingPost> batch = List.copyOf(pending);
            pending.clear();
            pendingCharacters = 0;
            inFlight.add(new InFlight(batch, batchWriters.submit(() -> store(batch))));
            while (inFlight.size() > BATCH_WRITERS) {
                collect(inFlight.poll());
            }
        }

        /** Stores what is pending and waits until every batch is stored. */
        void storeWhatWasRead() {
            flush();
            while (!inFlight.isEmpty()) {
                collect(inFlight.poll());
            }
        }

        void collect(InFlight done) {
            List<Optional<Stored>> stored;
            try {
                stored = done.result().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
            }
            for (int i = 0; i < done.batch().size(); i++) {
                PendingPost post = done.batch().get(i);
                stored.get(i).ifPresent(result -> count(post, result));
            }
        }

        /** Stores a batch in one transaction or, when that fails, post by post; empty for a post left out. */
        List<Optional<Stored>> store(List<PendingPost> batch) {
            Optional<List<Stored>> together = inTransaction(null, () -> {
                // the batch is written at the commit, in JDBC batches; the lookups in between need no flush (slugs and
                // import keys of the batch are checked in memory), which would check all its entities again and again
                entityManager.setFlushMode(FlushModeType.COMMIT);
                return storeInBatch(batch);
            });
            if (together.isPresent()) {
                return together.get().stream().map(Optional::of).toList();
            }
            // one of them is broken: store them one by one, so that only that one is left out
            return batch.stream().map(this::storeAlone).toList();
        }

        /**
         * Stores a batch in the caller's transaction; the import keys of its posts and comments and the slugs are
         * looked up once for all.
         */
        List<Stored> storeInBatch(List<PendingPost> batch) {
            Map<String, Long> ids = posts.findByImportKeys(batch.stream().map(PendingPost::key).toList());
            Map<String, Long> knownComments = comments.findByImportKeys(batch.stream().flatMap(PendingPost::commentKeys)
                    .toList());
            Set<String> keysHere = new HashSet<>(ids.keySet());
            // an archive may hold the same item twice: it is created once
            Map<String, PendingPost> fresh = new LinkedHashMap<>();
            for (PendingPost post : batch) {
                if (!keysHere.contains(post.key())) {
                    fresh.putIfAbsent(post.key(), post);
                }
            }
            List<PostTransfer.Created> created = posts.createAll(
                    fresh.values().stream().map(PendingPost::data).toList());
            int i = 0;
            for (String key : fresh.keySet()) {
                ids.put(key, created.get(i++).id());
            }
            List<Stored> stored = new ArrayList<>(batch.size());
            for (PendingPost post : batch) {
                long postId = ids.get(post.key());
                boolean isNew = keysHere.add(post.key());
                stored.add(new Stored(postId, isNew, storeComments(post, postId, knownComments, true)));
            }
            return stored;
        }

        Optional<Stored> storeAlone(PendingPost post) {
            Optional<Long> existing = inTransaction(post.label(),
                    () -> Optional.ofNullable(posts.findByImportKeys(List.of(post.key())).get(post.key())))
                    .flatMap(found -> found);
            Optional<Long> postId = existing.isPresent() ? existing
                    : inTransaction(post.label(), () -> posts.create(post.data())).map(PostTransfer.Created::id);
            if (postId.isEmpty()) {
                return Optional.empty();
            }
            Optional<Map<String, Long>> knownComments = inTransaction(post.label(),
                    () -> comments.findByImportKeys(post.commentKeys().toList()));
            int added = knownComments.map(known -> storeComments(post, postId.get(), known, false)).orElse(0);
            return Optional.of(new Stored(postId.get(), existing.isEmpty(), added));
        }

        void count(PendingPost post, Stored stored) {
            postsByWxrId.put(post.wxrId(), stored.postId());
            commentCount += stored.comments();
            if (!stored.created()) {
                alreadyImported++;
            } else if (post.kind() == PostKind.PAGE) {
                pageCount++;
                if (post.parentWxrId() != null && post.data().parentId() == null) {
                    pageParents.put(stored.postId(), post.parentWxrId());
                }
            } else {
                postCount++;
            }
        }

        // ------------------------------------------------------------ comments

        record PendingComment(String wxrId, String parentWxrId, CommentData data, String label) {
        }

        /** A post read from the file and not yet stored; its comments come in with it. */
        record PendingPost(String wxrId, PostKind kind, String label, String key, PostData data, String parentWxrId,
                           List<PendingComment> comments) {

            Stream<String> commentKeys() {
                return comments.stream().map(comment -> comment.data().importKey());
            }
        }

        record Stored(long postId, boolean created, int comments) {
        }

        record InFlight(List<PendingPost> batch, Future<List<Optional<Stored>>> result) {
        }

        /** The comments of an item worth importing, not yet stored. */
        List<PendingComment> comments(WxrElement item, String postKey, String postLabel) {
            List<PendingComment> pending = new ArrayList<>();
            for (WxrElement comment : item.all(WP, "comment").toList()) {
                String wxrId = comment.child(WP, "comment_id").orElse("");
                String author = sanitizer.toPlainText(comment.raw(WP, "comment_author"));
                String type = comment.child(WP, "comment_type").orElse("comment");
                String label = "comment " + (author.isEmpty() ? "" : "by " + author + " ") + "on " + postLabel;
                if (type.equals("pingback") || type.equals("trackback")) {
                    skip(type + (author.isEmpty() ? "" : " from " + author) + " on " + postLabel,
                            "Pingbacks and trackbacks are not imported");
                    continue;
                }
                CommentStatus status;
                switch (comment.child(WP, "comment_approved").orElse("1")) {
                    case "1", "approve", "approved" -> status = CommentStatus.APPROVED;
                    case "0", "hold" -> status = CommentStatus.PENDING;
                    case "spam" -> status = CommentStatus.SPAM;
                    default -> {
                        skip(label, "It was in WordPress's trash");
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
                        comment.child(WP, "comment_author_IP").orElse(null), key);
                pending.add(new PendingComment(wxrId, parent, data, label));
            }
            return pending;
        }

        /**
         * Stores the comments of a post that are not there yet, parents before replies. In a batch a failure
         * fails the batch; alone, a broken comment is left out and reported.
         *
         * @param known the ids of comments already here, by import key
         * @return how many were added
         */
        int storeComments(PendingPost post, long postId, Map<String, Long> known, boolean inBatch) {
            List<PendingComment> fresh = new ArrayList<>();
            Map<String, Long> stored = new HashMap<>();
            for (PendingComment comment : post.comments()) {
                Long existing = known.get(comment.data().importKey());
                if (existing != null) {
                    stored.put(comment.wxrId(), existing);
                } else {
                    fresh.add(comment);
                }
            }
            if (fresh.isEmpty()) {
                return 0;
            }
            List<PendingComment> ordered = parentsFirst(fresh, stored.keySet());
            if (inBatch) {
                return storeComments(ordered, stored, postId, true).size();
            }
            Optional<Map<String, Long>> all = inTransaction(null, () -> storeComments(ordered, stored, postId, true));
            // one of them is broken: store them one by one, so that only that one is left out
            return all.orElseGet(() -> storeComments(ordered, stored, postId, false)).size();
        }

        Map<String, Long> storeComments(List<PendingComment> ordered, Map<String, Long> stored, long postId,
                                        boolean together) {
            Map<String, Long> ids = new HashMap<>(stored);
            Map<String, Long> added = new HashMap<>();
            for (PendingComment comment : ordered) {
                Long parentId = comment.parentWxrId() == null ? null : ids.get(comment.parentWxrId());
                CommentData data = placed(comment.data(), postId, parentId);
                if (together) {
                    long id = comments.create(data);
                    ids.put(comment.wxrId(), id);
                    added.put(comment.wxrId(), id);
                } else {
                    inTransaction(comment.label(), () -> comments.create(data)).ifPresent(id -> {
                        ids.put(comment.wxrId(), id);
                        added.put(comment.wxrId(), id);
                    });
                }
            }
            return added;
        }

        // ------------------------------------------------------------ the end

        ImportReport finish() {
            storeWhatWasRead();
            for (Map.Entry<Long, String> child : categoryParents.entrySet()) {
                Long parent = categoriesBySlug.get(child.getValue());
                if (parent == null) {
                    parent = inTransaction(null, () -> categories.findBySlug(child.getValue())).flatMap(id -> id)
                            .orElse(null);
                }
                if (parent != null) {
                    Long parentId = parent;
                    inTransaction("category parent " + child.getValue(),
                            () -> categories.setParent(child.getKey(), parentId));
                }
            }
            for (Map.Entry<Long, String> page : pageParents.entrySet()) {
                Long parent = postsByWxrId.get(page.getValue());
                if (parent == null) {
                    skip("parent of page " + page.getKey(), "The parent page is not in the archive; the page stays at the top");
                    continue;
                }
                inTransaction("parent of page " + page.getKey(), () -> posts.setParent(page.getKey(), parent));
            }
            skippedTypes.forEach((what, count) -> addSkipped(count + " × " + what,
                    what.startsWith("navigation menu") ? "geul has no menus; its pages list themselves"
                            : "geul does not know this kind of content"));
            report("");
            log.info("Imported {} posts, {} pages, {} comments, {} categories, {} tags from a WXR file; {} left out",
                    postCount, pageCount, commentCount, categoryCount, tagCount, skippedCount);
            return new ImportReport(postCount, pageCount, commentCount, categoryCount, tagCount, authorCount,
                    attachmentCount, alreadyImported, List.copyOf(skipped), List.copyOf(attachmentUrls));
        }

        // ------------------------------------------------------------ helpers

        /** Runs a step in a transaction of its own; when it fails, the step is reported as skipped (unless unnamed). */
        <T> Optional<T> inTransaction(String what, Supplier<T> step) {
            try {
                return Optional.ofNullable(transaction.execute(status -> step.get()));
            } catch (RuntimeException e) {
                if (what != null) {
                    skip(what, reason(e));
                }
                log.debug("Import step failed: {}", what, e);
                return Optional.empty();
            }
        }

        void skip(String what, String why) {
            addSkipped(what, why);
        }

        /** Batch writers report here too. */
        synchronized void addSkipped(String what, String why) {
            skippedCount++;
            if (skipped.size() < ImportReport.MAX_LISTED) {
                skipped.add(new ImportReport.Skipped(what, why));
            }
        }

        synchronized int skipped() {
            return skippedCount;
        }

        void countSkippedType(String what) {
            skippedTypes.merge(what, 1, Integer::sum);
        }

        void report(String current) {
            try {
                progress.accept(new ImportProgress(input.count, totalBytes, items, postCount, pageCount, commentCount,
                        skipped(), current));
            } catch (RuntimeException e) {
                log.warn("An import progress listener failed", e);
            }
        }
    }

    private static List<Run.PendingComment> parentsFirst(List<Run.PendingComment> comments,
                                                         Set<String> alreadyStored) {
        Map<String, Run.PendingComment> byId = new LinkedHashMap<>();
        comments.forEach(comment -> byId.put(comment.wxrId(), comment));
        List<Run.PendingComment> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>(alreadyStored);
        Set<String> visiting = new HashSet<>();
        for (Run.PendingComment comment : comments) {
            place(comment, byId, placed, visiting, ordered);
        }
        return ordered;
    }

    private static void place(Run.PendingComment comment, Map<String, Run.PendingComment> byId,
                              Set<String> placed, Set<String> visiting,
                              List<Run.PendingComment> ordered) {
        if (placed.contains(comment.wxrId()) || !visiting.add(comment.wxrId())) {
            return;
        }
        Run.PendingComment parent = comment.parentWxrId() == null ? null : byId.get(comment.parentWxrId());
        if (parent != null) {
            place(parent, byId, placed, visiting, ordered);
        }
        placed.add(comment.wxrId());
        ordered.add(comment);
    }

    private static CommentData placed(CommentData data, long postId, Long parentId) {
        return new CommentData(data.id(), postId, parentId, data.accountId(), data.authorName(),
                data.guestPasswordHash(), data.body(), data.status(), data.secret(), data.createdAt(),
                data.updatedAt(), data.clientAddress(), data.importKey());
    }

    /** The site an archive came from, as its import keys name it: {@code https://example.com} without a final slash. */
    private static String siteOf(String url) {
        String site = url == null ? "" : url.strip();
        while (site.endsWith("/")) {
            site = site.substring(0, site.length() - 1);
        }
        return site;
    }

    private static String reason(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // found when a batch is written: the commit wraps it
            if (cause instanceof jakarta.validation.ConstraintViolationException violations) {
                return violations.getConstraintViolations().stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                        .collect(java.util.stream.Collectors.joining("; "));
            }
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
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

    /** Counts what the reader took from the stream, for progress reports. */
    private static final class CountingInputStream extends FilterInputStream {

        volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
