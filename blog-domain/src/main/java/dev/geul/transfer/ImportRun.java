package dev.geul.transfer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import dev.geul.post.PostKind;
import org.jspecify.annotations.Nullable;
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
public final class ImportRun implements ImportSteps, AutoCloseable {

    /** Posts stored together in one transaction. */
    public static final int BATCH_POSTS = 500;
    /**
     * Batches stored at the same time: while one waits for the database or the search index, the other works.
     * Batches that share a new slug or import key make one of them fail and be stored again post by post.
     */
    static final int BATCH_WRITERS = 2;
    /** ... or fewer when their text is this long, so that a batch of long posts stays small in memory. */
    static final int BATCH_CHARACTERS = 4_000_000;

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    private record InFlight(List<PendingPost> batch, Future<List<Optional<BatchStore.Stored>>> result) {
    }

    private final ImportPipeline pipeline;
    private final String archiveName;
    private final LongSupplier bytesRead;
    private final long totalBytes;
    private final Consumer<ImportProgress> progress;

    private final Map<String, Long> postsBySourceId = new HashMap<>();
    /** Pages this run created, with the archive's id of their parent. */
    private final Map<Long, String> pageParents = new LinkedHashMap<>();
    private final List<String> mediaLeftBehind = new ArrayList<>();
    private final List<ReportText> notes = new ArrayList<>();
    private int items;
    private int postCount;
    private int pageCount;
    private int commentCount;
    private int mentionCount;
    private int attachmentCount;
    private int mediaStoredCount;
    private int alreadyImported;
    private final List<PendingPost> pending = new ArrayList<>();
    private long pendingCharacters;
    /** Batches being stored, oldest first. */
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    /** Stores batches while the next ones are read; runs with the importing admin's security context. */
    private final ExecutorService batchWriters;

    private final ImportedNames names;
    private final LeftOut leftOut = new LeftOut();
    private final BatchStore batches;
    private final GrowingTables tables;
    private dev.geul.media.@Nullable DownloadBudget downloads;

    ImportRun(ImportPipeline pipeline, String archiveName, LongSupplier bytesRead, long totalBytes,
              Consumer<ImportProgress> progress) {
        this.pipeline = pipeline;
        this.archiveName = archiveName;
        this.bytesRead = bytesRead;
        this.totalBytes = totalBytes;
        this.progress = progress;
        this.names = new ImportedNames(pipeline, this);
        this.batches = new BatchStore(pipeline, this);
        this.tables = new GrowingTables(pipeline);
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

    /** The writers, categories and tags the archive names, each found or created once. */
    public ImportedNames names() {
        return names;
    }

    /** The id of a page this run stored (or found stored), by the archive's id; for pages' parents. */
    public Optional<Long> storedPost(String sourceId) {
        return Optional.ofNullable(postsBySourceId.get(sourceId));
    }

    // ------------------------------------------------------------ items, media, posts

    /** The ids of every post this run stored or found stored, for a change to all of them after the import. */
    public java.util.Collection<Long> storedPosts() {
        return List.copyOf(postsBySourceId.values());
    }

    /** One more item of the archive was read; progress is reported with its title. */
    public void itemRead(String title) {
        items++;
        report(title);
    }

    /** A file the archive names (an attachment); counted in the report. */
    public void attachmentSeen() {
        attachmentCount++;
    }

    /** A file the archive names was stored in the blog's media. */
    public void mediaStored() {
        mediaStoredCount++;
    }

    /** A file the archive names stays where it was: its address is listed in the report. */
    void mediaLeftBehind(String address) {
        if (mediaLeftBehind.size() < ImportReport.MAX_LISTED) {
            mediaLeftBehind.add(address);
        }
    }

    /** Something the person importing should know, said once in the report. */
    public void note(ReportText note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    int postsAdded() {
        return postCount;
    }

    /** Queues a post to be stored with the next batch. */
    public void add(PendingPost post) {
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
        inFlight.add(new InFlight(batch, batchWriters.submit(() -> batches.store(batch))));
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
        List<Optional<BatchStore.Stored>> stored;
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
        tables.stored(storedRows());
    }

    private int storedRows() {
        return postCount + pageCount + commentCount;
    }

    private void count(PendingPost post, BatchStore.Stored stored) {
        postsBySourceId.put(post.sourceId(), stored.postId());
        commentCount += stored.comments();
        mentionCount += stored.mentions();
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

    // ------------------------------------------------------------ the end

    /** Stores the rest, places categories and pages below their parents, and tells what came in. */
    ImportReport finish() {
        storeWhatWasRead();
        tables.finished(storedRows());
        names.placeCategories();
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
        leftOut.listKinds();
        report("");
        log.info("Imported {} posts, {} pages, {} comments, {} categories, {} tags, {} media files from {}; {} left out",
                postCount, pageCount, commentCount, names.categoriesAdded(), names.tagsAdded(), mediaStoredCount, archiveName,
                leftOut.count());
        pipeline.finished(new ImportFinished(postCount, pageCount, commentCount));
        return new ImportReport(postCount, pageCount, commentCount, mentionCount, names.categoriesAdded(),
                names.tagsAdded(),
                names.authorsAdded(),
                attachmentCount, mediaStoredCount, alreadyImported, notes.stream().map(ReportText::text).toList(),
                leftOut.listed(), List.copyOf(mediaLeftBehind), List.copyOf(notes));
    }

    @Override
    public void close() {
        batchWriters.shutdown();
    }

    // ------------------------------------------------------------ helpers

    @Override
    public <T> Optional<T> inTransaction(@Nullable ReportText what, Supplier<T> step) {
        try {
            return Optional.ofNullable(pipeline.transaction().execute(status -> step.get()));
        } catch (RuntimeException e) {
            if (what != null) {
                skip(what, ImportLabels.reason(e));
            }
            log.debug("Import step failed: {}", what, e);
            return Optional.empty();
        }
    }

    /** Reports a part of the archive as left out; batch writers report here too. */
    public void skip(ReportText what, ReportText why) {
        leftOut.add(what, why);
    }


    /** Counts a kind of content left out; the report lists each kind once, with how many there were. */
    public void skipType(ReportText what, ReportText why) {
        leftOut.addOfKind(what, why);
    }

    /** Tells the listener how far the run has come, naming what it does now. */
    void progress(String current) {
        report(current);
    }

    private void report(String current) {
        try {
            progress.accept(new ImportProgress(bytesRead.getAsLong(), totalBytes, items, postCount, pageCount,
                    commentCount, leftOut.count(), current));
        } catch (RuntimeException e) {
            log.warn("An import progress listener failed", e);
        }
    }
}
