package dev.geul.transfer;

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
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import dev.geul.account.AccountTransfer;
import dev.geul.category.CategoryTransfer;
import dev.geul.base.InvalidInputException;
import dev.geul.base.Slugs;
import dev.geul.category.CategoryTransfer.CategoryData;
import dev.geul.comment.CommentTransfer.CommentData;
import dev.geul.post.PostKind;
import dev.geul.post.PostTransfer;
import dev.geul.post.PostTransfer.TagData;
import jakarta.persistence.FlushModeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;

/**
 * One import of one archive, whatever its format: the format's reader maps what it reads to writers, categories,
 * tags and {@link PendingPost}s and hands them here; this stores them and keeps the report.
 *
 * <p>Posts are stored in batches of up to {@value #BATCH_POSTS} per transaction (a commit and an index update per
 * post would make a big archive slow); when anything in a batch fails, that batch is stored again one post per
 * transaction, so a bad item is skipped and reported while the rest comes in. Importing the same archive again
 * adds nothing twice: posts and comments carry the archive's key, categories and tags are found by slug.
 */
final class ImportRun implements AutoCloseable {

    /** Posts stored together in one transaction. */
    static final int BATCH_POSTS = 500;
    /**
     * Batches stored at the same time: while one waits for the database or the search index, the other works.
     * Batches that share a new slug or import key make one of them fail and be stored again post by post.
     */
    static final int BATCH_WRITERS = 2;
    /** ... or fewer when their text is this long, so that a batch of long posts stays small in memory. */
    static final int BATCH_CHARACTERS = 4_000_000;

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    /** A post's password, as a part of it the report names. */
    static final ReportText PASSWORD = ReportText.of("transfer.what.password", "its password");
    /** Why a file the archive names is missing. */
    static final ReportText NOT_IN_BACKUP = ReportText.of("transfer.why.notInBackup",
            "The backup does not hold this file");

    /** A comment read from the archive, with the archive's ids of itself and of the comment it answers. */
    record PendingComment(String sourceId, String parentSourceId, CommentData data, ReportText label) {
    }

    /**
     * A post read from the archive and not yet stored; its comments come in with it.
     *
     * @param sourceId       the archive's id of the post, for pages' parents
     * @param parentSourceId the archive's id of a page's parent page, or null
     */
    record PendingPost(String sourceId, PostKind kind, ReportText label, PostTransfer.PostData data,
                       String parentSourceId, List<PendingComment> comments) {

        String key() {
            return data.importKey();
        }

        java.util.stream.Stream<String> commentKeys() {
            return comments.stream().map(comment -> comment.data().importKey());
        }
    }

    private record Stored(long postId, boolean created, int comments) {
    }

    private record InFlight(List<PendingPost> batch, Future<List<Optional<Stored>>> result) {
    }

    private final ImportPipeline pipeline;
    private final String archiveName;
    private final LongSupplier bytesRead;
    private final long totalBytes;
    private final Consumer<ImportProgress> progress;

    private final Map<String, Long> authorsByLogin = new HashMap<>();
    private final Map<String, Long> categoriesByKey = new HashMap<>();
    /** Categories this run created, with the key of the parent the archive names. */
    private final Map<Long, String> categoryParents = new LinkedHashMap<>();
    private final Map<String, String> tagSlugs = new HashMap<>();
    private final Map<String, Long> postsBySourceId = new HashMap<>();
    /** Pages this run created, with the archive's id of their parent. */
    private final Map<Long, String> pageParents = new LinkedHashMap<>();
    private final Map<String, Integer> skippedTypes = new LinkedHashMap<>();
    private final List<ImportReport.Skipped> skipped = new ArrayList<>();
    private final List<String> mediaLeftBehind = new ArrayList<>();
    private final List<ReportText> notes = new ArrayList<>();
    private int skippedCount;
    private int items;
    private int postCount;
    private int pageCount;
    private int commentCount;
    private int categoryCount;
    private int tagCount;
    private int authorCount;
    private int attachmentCount;
    private int mediaStoredCount;
    private int alreadyImported;
    private final List<PendingPost> pending = new ArrayList<>();
    private long pendingCharacters;
    /** Batches being stored, oldest first. */
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    /** Stores batches while the next ones are read; runs with the importing admin's security context. */
    private final ExecutorService batchWriters;

    private dev.geul.media.DownloadBudget downloads;

    ImportRun(ImportPipeline pipeline, String archiveName, LongSupplier bytesRead, long totalBytes,
              Consumer<ImportProgress> progress) {
        this.pipeline = pipeline;
        this.archiveName = archiveName;
        this.bytesRead = bytesRead;
        this.totalBytes = totalBytes;
        this.progress = progress;
        this.batchWriters = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(
                BATCH_WRITERS, Thread.ofPlatform().name("import-", 1).daemon().factory()));
    }

    /** What this import's downloads may still spend, all files together; made at the first download. */
    synchronized dev.geul.media.DownloadBudget downloadBudget(dev.geul.media.MediaDownloader downloader) {
        if (downloads == null) {
            downloads = downloader.budget();
        }
        return downloads;
    }

    // ------------------------------------------------------------ writers, categories, tags

    /** The account of the archive's writer with this login, created as an author when there is none. */
    Optional<Long> author(String login, String displayName) {
        String name = login == null || login.isBlank() ? "author" : login.strip();
        Long known = authorsByLogin.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        String shown = displayName == null || displayName.isBlank() ? name
                : pipeline.sanitizer().toPlainText(displayName);
        Optional<Long> id = inTransaction(ReportText.of("transfer.what.writer", "writer {0}", name), () -> pipeline.accounts().findOrCreateAuthor(name, shown))
                .map(found -> {
                    if (found.created()) {
                        authorCount++;
                    }
                    return found.id();
                });
        id.ifPresent(account -> authorsByLogin.put(name, account));
        return id;
    }

    /**
     * The category the archive knows by this key (its slug, or its path where slugs are not unique), found by slug
     * or created.
     *
     * @param parentKey the key of the parent category, resolved when the run finishes; null at the top
     * @return its id, or null when it could not be stored (reported)
     */
    Long category(String key, String name, String slug, String description, String parentKey, int sortOrder) {
        String plainName = pipeline.sanitizer().toPlainText(name);
        if (key == null || key.isEmpty()) {
            return null;
        }
        Long known = categoriesByKey.get(key);
        if (known != null) {
            return known;
        }
        Optional<CategoryTransfer.Found> found = inTransaction(ReportText.of("transfer.what.category", "category {0}", plainName.isEmpty() ? key : plainName),
                () -> pipeline.categories().findOrCreate(new CategoryData(null, plainName, slug, description == null
                        ? null : pipeline.sanitizer().toPlainText(description), null, sortOrder)));
        if (found.isEmpty()) {
            return null;
        }
        categoriesByKey.put(key, found.get().id());
        if (found.get().created()) {
            categoryCount++;
            if (parentKey != null && !parentKey.isBlank()) {
                categoryParents.put(found.get().id(), parentKey);
            }
        }
        return found.get().id();
    }

    /**
     * Places a post's category given as a path ("parent/child", as Tistory's backups and Markdown front matter
     * write it), parents first; a child's slug carries its parent's name, so that "기타" under two parents stays two
     * categories.
     *
     * @return the category's id, or null for a post without one
     */
    Long categoryPath(String path) {
        return categoryPath(path, 0);
    }

    /** As {@link #categoryPath(String)}, placing a new category at {@code sortOrder} among its siblings. */
    Long categoryPath(String path, int sortOrder) {
        if (path == null || path.isBlank()) {
            return null;
        }
        Long id = null;
        String key = null;
        StringBuilder slugSource = new StringBuilder();
        List<String> parts = java.util.Arrays.stream(path.split("/")).map(String::strip).filter(p -> !p.isEmpty())
                .toList();
        for (int i = 0; i < parts.size(); i++) {
            String name = parts.get(i);
            String parentKey = key;
            key = key == null ? name : key + "/" + name;
            slugSource.append(slugSource.isEmpty() ? "" : " ").append(name);
            id = category("category-path:" + key, name, Slugs.slugify(slugSource.toString()), null,
                    parentKey == null ? null : "category-path:" + parentKey, i == parts.size() - 1 ? sortOrder : 0);
        }
        return id;
    }

    /** The slug of the tag with this slug or name, created when there is none; null when it could not be. */
    String tag(String slug, String name) {
        String key = slug == null || slug.isEmpty() ? pipeline.sanitizer().toPlainText(name) : slug;
        if (key.isEmpty()) {
            return null;
        }
        String known = tagSlugs.get(key);
        if (known != null) {
            return known;
        }
        Optional<PostTransfer.FoundTag> found = inTransaction(ReportText.of("transfer.what.tag", "tag {0}", key),
                () -> pipeline.posts().findOrCreateTag(new TagData(name, slug == null ? "" : slug)));
        if (found.isEmpty()) {
            return null;
        }
        if (found.get().created()) {
            tagCount++;
        }
        tagSlugs.put(key, found.get().slug());
        return found.get().slug();
    }

    /** The id of a page this run stored (or found stored), by the archive's id; for pages' parents. */
    Optional<Long> storedPost(String sourceId) {
        return Optional.ofNullable(postsBySourceId.get(sourceId));
    }

    // ------------------------------------------------------------ items, media, posts

    /** The ids of every post this run stored or found stored, for a change to all of them after the import. */
    java.util.Collection<Long> storedPosts() {
        return List.copyOf(postsBySourceId.values());
    }

    /** One more item of the archive was read; progress is reported with its title. */
    void itemRead(String title) {
        items++;
        report(title);
    }

    /** A file the archive names (an attachment); counted in the report. */
    void attachmentSeen() {
        attachmentCount++;
    }

    /** A file the archive names was stored in the blog's media. */
    void mediaStored() {
        mediaStoredCount++;
    }

    /** A file the archive names stays where it was: its address is listed in the report. */
    void mediaLeftBehind(String address) {
        if (mediaLeftBehind.size() < ImportReport.MAX_LISTED) {
            mediaLeftBehind.add(address);
        }
    }

    /** Something the person importing should know, said once in the report. */
    void note(ReportText note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    int postsAdded() {
        return postCount;
    }

    /** Queues a post to be stored with the next batch. */
    void add(PendingPost post) {
        pending.add(post);
        pendingCharacters += post.data().contentHtml() == null ? 0 : post.data().contentHtml().length();
        if (pending.size() >= BATCH_POSTS || pendingCharacters >= BATCH_CHARACTERS) {
            flush();
        }
    }

    /** Hands the posts read so far to a writer, after waiting for the oldest batch when both are busy. */
    private void flush() {
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

    /** Stores what is pending and waits until every batch is stored: what was read before a failure stays. */
    void storeWhatWasRead() {
        flush();
        while (!inFlight.isEmpty()) {
            collect(inFlight.poll());
        }
    }

    private void collect(InFlight done) {
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
    private List<Optional<Stored>> store(List<PendingPost> batch) {
        Optional<List<Stored>> together = inTransaction(null, () -> {
            // the batch is written at the commit, in JDBC batches; the lookups in between need no flush (slugs and
            // import keys of the batch are checked in memory), which would check all its entities again and again
            pipeline.entityManager().setFlushMode(FlushModeType.COMMIT);
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
    private List<Stored> storeInBatch(List<PendingPost> batch) {
        Map<String, Long> ids = pipeline.posts().findByImportKeys(batch.stream().map(PendingPost::key).toList());
        Map<String, Long> knownComments = pipeline.comments().findByImportKeys(
                batch.stream().flatMap(PendingPost::commentKeys).toList());
        Set<String> keysHere = new HashSet<>(ids.keySet());
        // an archive may hold the same item twice: it is created once
        Map<String, PendingPost> fresh = new LinkedHashMap<>();
        for (PendingPost post : batch) {
            if (!keysHere.contains(post.key())) {
                fresh.putIfAbsent(post.key(), post);
            }
        }
        List<PostTransfer.Created> created = pipeline.posts().createAll(
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

    private Optional<Stored> storeAlone(PendingPost post) {
        Optional<Long> existing = inTransaction(post.label(),
                () -> Optional.ofNullable(pipeline.posts().findByImportKeys(List.of(post.key())).get(post.key())))
                .flatMap(found -> found);
        Optional<Long> postId = existing.isPresent() ? existing
                : inTransaction(post.label(), () -> pipeline.posts().create(post.data())).map(PostTransfer.Created::id);
        if (postId.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, Long>> knownComments = inTransaction(post.label(),
                () -> pipeline.comments().findByImportKeys(post.commentKeys().toList()));
        int added = knownComments.map(known -> storeComments(post, postId.get(), known, false)).orElse(0);
        return Optional.of(new Stored(postId.get(), existing.isEmpty(), added));
    }

    private void count(PendingPost post, Stored stored) {
        postsBySourceId.put(post.sourceId(), stored.postId());
        commentCount += stored.comments();
        if (!stored.created()) {
            alreadyImported++;
        } else if (post.kind() == PostKind.PAGE) {
            pageCount++;
            if (post.parentSourceId() != null && post.data().parentId() == null) {
                pageParents.put(stored.postId(), post.parentSourceId());
            }
        } else {
            postCount++;
        }
    }

    // ------------------------------------------------------------ comments

    /**
     * Stores the comments of a post that are not there yet, parents before replies. In a batch a failure
     * fails the batch; alone, a broken comment is left out and reported.
     *
     * @param known the ids of comments already here, by import key
     * @return how many were added
     */
    private int storeComments(PendingPost post, long postId, Map<String, Long> known, boolean inBatch) {
        List<PendingComment> fresh = new ArrayList<>();
        Map<String, Long> stored = new HashMap<>();
        for (PendingComment comment : post.comments()) {
            Long existing = known.get(comment.data().importKey());
            if (existing != null) {
                stored.put(comment.sourceId(), existing);
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

    private Map<String, Long> storeComments(List<PendingComment> ordered, Map<String, Long> stored, long postId,
                                            boolean together) {
        Map<String, Long> ids = new HashMap<>(stored);
        Map<String, Long> added = new HashMap<>();
        for (PendingComment comment : ordered) {
            Long parentId = comment.parentSourceId() == null ? null : ids.get(comment.parentSourceId());
            CommentData data = comment.data().placed(postId, parentId);
            if (together) {
                long id = pipeline.comments().create(data);
                ids.put(comment.sourceId(), id);
                added.put(comment.sourceId(), id);
            } else {
                inTransaction(comment.label(), () -> pipeline.comments().create(data)).ifPresent(id -> {
                    ids.put(comment.sourceId(), id);
                    added.put(comment.sourceId(), id);
                });
            }
        }
        return added;
    }

    private static List<PendingComment> parentsFirst(List<PendingComment> comments, Set<String> alreadyStored) {
        Map<String, PendingComment> byId = new LinkedHashMap<>();
        comments.forEach(comment -> byId.put(comment.sourceId(), comment));
        List<PendingComment> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>(alreadyStored);
        Set<String> visiting = new HashSet<>();
        for (PendingComment comment : comments) {
            place(comment, byId, placed, visiting, ordered);
        }
        return ordered;
    }

    private static void place(PendingComment comment, Map<String, PendingComment> byId, Set<String> placed,
                              Set<String> visiting, List<PendingComment> ordered) {
        if (placed.contains(comment.sourceId()) || !visiting.add(comment.sourceId())) {
            return;
        }
        PendingComment parent = comment.parentSourceId() == null ? null : byId.get(comment.parentSourceId());
        if (parent != null) {
            place(parent, byId, placed, visiting, ordered);
        }
        placed.add(comment.sourceId());
        ordered.add(comment);
    }

    // ------------------------------------------------------------ the end

    /** Stores the rest, places categories and pages below their parents, and tells what came in. */
    ImportReport finish() {
        storeWhatWasRead();
        for (Map.Entry<Long, String> child : categoryParents.entrySet()) {
            Long parent = categoriesByKey.get(child.getValue());
            if (parent == null) {
                parent = inTransaction(null, () -> pipeline.categories().findBySlug(child.getValue()))
                        .flatMap(id -> id).orElse(null);
            }
            if (parent != null) {
                Long parentId = parent;
                inTransaction(ReportText.of("transfer.what.categoryParent", "the parent of category {0}",
                                child.getValue()),
                        () -> pipeline.categories().setParent(child.getKey(), parentId));
            }
        }
        for (Map.Entry<Long, String> page : pageParents.entrySet()) {
            Long parent = postsBySourceId.get(page.getValue());
            if (parent == null) {
                skip(ReportText.of("transfer.what.pageParent", "the parent of page {0}", String.valueOf(page.getKey())),
                        ReportText.of("transfer.why.pageParentMissing",
                                "The parent page is not in the archive; the page stays at the top"));
                continue;
            }
            inTransaction(ReportText.of("transfer.what.pageParent", "the parent of page {0}", String.valueOf(page.getKey())),
                    () -> pipeline.posts().setParent(page.getKey(), parent));
        }
        skippedTypes.forEach((what, count) -> skip(ReportText.of("transfer.what.times", "{0} × {1}", count,
                skippedTypeNames.get(what)), skippedTypeReasons.get(what)));
        report("");
        log.info("Imported {} posts, {} pages, {} comments, {} categories, {} tags, {} media files from {}; {} left out",
                postCount, pageCount, commentCount, categoryCount, tagCount, mediaStoredCount, archiveName,
                skippedCount);
        pipeline.finished(new ImportFinished(postCount, pageCount, commentCount));
        return new ImportReport(postCount, pageCount, commentCount, categoryCount, tagCount, authorCount,
                attachmentCount, mediaStoredCount, alreadyImported, notes.stream().map(ReportText::text).toList(),
                List.copyOf(skipped), List.copyOf(mediaLeftBehind), List.copyOf(notes));
    }

    @Override
    public void close() {
        batchWriters.shutdown();
    }

    // ------------------------------------------------------------ helpers

    /** Runs a step in a transaction of its own; when it fails, the step is reported as skipped (unless unnamed). */
    <T> Optional<T> inTransaction(ReportText what, Supplier<T> step) {
        try {
            return Optional.ofNullable(pipeline.transaction().execute(status -> step.get()));
        } catch (RuntimeException e) {
            if (what != null) {
                skip(what, reason(e));
            }
            log.debug("Import step failed: {}", what, e);
            return Optional.empty();
        }
    }

    /** Reports a part of the archive as left out; batch writers report here too. */
    synchronized void skip(ReportText what, ReportText why) {
        skippedCount++;
        if (skipped.size() < ImportReport.MAX_LISTED) {
            skipped.add(new ImportReport.Skipped(what, why));
        }
    }

    private synchronized int skipped() {
        return skippedCount;
    }

    private final Map<String, ReportText> skippedTypeNames = new HashMap<>();
    private final Map<String, ReportText> skippedTypeReasons = new HashMap<>();

    /** Counts a kind of content left out; the report lists each kind once, with how many there were. */
    void skipType(ReportText what, ReportText why) {
        skippedTypes.merge(what.text(), 1, Integer::sum);
        skippedTypeNames.putIfAbsent(what.text(), what);
        skippedTypeReasons.putIfAbsent(what.text(), why);
    }

    /** Tells the listener how far the run has come, naming what it does now. */
    void progress(String current) {
        report(current);
    }

    private void report(String current) {
        try {
            progress.accept(new ImportProgress(bytesRead.getAsLong(), totalBytes, items, postCount, pageCount,
                    commentCount, skipped(), current));
        } catch (RuntimeException e) {
            log.warn("An import progress listener failed", e);
        }
    }

    /** The file of this name, refused by the blog's media: why, in words. */
    static ReportText refusedFile(dev.geul.media.MediaStore.Refusal reason) {
        return reason == dev.geul.media.MediaStore.Refusal.TOO_LARGE
                ? ReportText.of("transfer.why.tooLarge", "It is larger than {0} MB",
                        dev.geul.media.MediaStore.MAX_IMPORTED_BYTES / (1024 * 1024))
                : ReportText.of("transfer.why.notMedia",
                        "geul keeps images (PNG, JPEG, GIF, WebP), PDF and zip files; this is none of them");
    }

    /** A part of an item of the archive: {@code post "제목": the file a.png}. */
    static ReportText partOf(ReportText item, ReportText part) {
        return ReportText.of("transfer.what.part", "{0}: {1}", item, part);
    }

    /** A comment of the archive, by its writer's name when it has one. */
    static ReportText commentLabel(String name, ReportText postLabel) {
        return name.isEmpty() ? ReportText.of("transfer.label.comment", "comment on {0}", postLabel)
                : ReportText.of("transfer.label.commentBy", "comment by {0} on {1}", name, postLabel);
    }

    /** A post ({@code kind} POST) or a page of the archive, by its title. */
    static ReportText postLabel(PostKind kind, String title) {
        return kind == PostKind.PAGE ? ReportText.of("transfer.label.page", "page \"{0}\"", title)
                : ReportText.of("transfer.label.post", "post \"{0}\"", title);
    }

    /** The file of this name. */
    static ReportText file(String name) {
        return ReportText.of("transfer.what.file", "the file {0}", name);
    }

    /** Why a step failed: refused input by its message key, anything else in the words of the failure. */
    static ReportText reason(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // found when a batch is written: the commit wraps it
            if (cause instanceof jakarta.validation.ConstraintViolationException violations) {
                return reason(InvalidInputException.of(violations));
            }
            if (cause instanceof InvalidInputException refused) {
                return refused.fields().stream().map(ImportRun::refused)
                        .reduce((first, next) -> ReportText.of("transfer.why.and", "{0}; {1}", first, next))
                        .orElseThrow();
            }
        }
        return failure(e);
    }

    private static ReportText refused(InvalidInputException refused) {
        ReportText message = new ReportText(refused.key(), java.util.Arrays.asList(refused.args()),
                refused.getMessage());
        return ReportText.of("transfer.why.refused", "{0}: {1}", String.valueOf(refused.field()), message);
    }

    private static ReportText failure(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return ReportText.of("transfer.why.failed", "{0}",
                cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }
}
