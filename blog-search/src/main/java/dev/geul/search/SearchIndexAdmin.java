package dev.geul.search;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import dev.geul.post.Post;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the search index from the database: after restoring a backup, changing the search dictionary, or
 * whenever search and the blog disagree. Searches during a rebuild see only the posts indexed so far.
 */
@Service
public class SearchIndexAdmin {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexAdmin.class);

    private final EntityManagerFactory entityManagerFactory;
    private final AtomicBoolean running = new AtomicBoolean();

    SearchIndexAdmin(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * Drops the index and indexes every post again, telling {@code progress} how far it is (from indexing
     * threads; the last call has {@code finished} set). Blocks until done. Admins only. Not transactional on
     * purpose: it reads in batches with its own sessions instead of holding one transaction for minutes.
     *
     * @return the final progress
     * @throws IllegalStateException when a rebuild is already running or the thread is interrupted
     * @throws org.hibernate.search.util.common.SearchException when posts could not be indexed
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ReindexProgress reindex(Consumer<ReindexProgress> progress) {
        return rebuild(progress);
    }

    /**
     * The same as {@link #reindex}, for startup and tools, where nobody is signed in.
     *
     * @param progress null when nobody follows the rebuild
     */
    ReindexProgress rebuild(@Nullable Consumer<ReindexProgress> progress) {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("The search index is already being rebuilt");
        }
        try {
            return massIndex(progress);
        } finally {
            running.set(false);
        }
    }

    /** Whether a rebuild is running now. */
    public boolean isRebuilding() {
        return running.get();
    }

    private ReindexProgress massIndex(@Nullable Consumer<ReindexProgress> progress) {
        Progress monitor = new Progress(progress == null ? p -> { } : progress);
        MassIndexer indexer = Search.mapping(entityManagerFactory).scope(Post.class).massIndexer()
                .dropAndCreateSchemaOnStart(true)
                .typesToIndexInParallel(1)
                .threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors()))
                .batchSizeToLoadObjects(100)
                .monitor(monitor);
        long started = System.nanoTime();
        try {
            indexer.startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Reindexing was interrupted", e);
        }
        ReindexProgress last = monitor.finish();
        log.info("Reindexed {} posts in {} ms", last.done(), (System.nanoTime() - started) / 1_000_000);
        return last;
    }

    /** How many posts the index holds, whatever their status: compare with the blog's posts. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public long indexedPosts() {
        return countIndexed();
    }

    long countIndexed() {
        try (var session = entityManagerFactory.createEntityManager()) {
            return Search.session(session).search(Post.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    /** Counts what Hibernate Search reports and passes it on, one call at a time. */
    private static final class Progress implements MassIndexingMonitor {

        private final Consumer<ReindexProgress> listener;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong();

        Progress(Consumer<ReindexProgress> listener) {
            this.listener = listener;
        }

        @Override
        public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
            return new MassIndexingTypeGroupMonitor() {
                private boolean counted;

                @Override
                public void documentsIndexed(long increment) {
                }

                @Override
                public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {
                    OptionalLong count = started.totalCount();
                    if (count.isEmpty()) {
                        count = context.totalCount();
                    }
                    if (count.isPresent() && !counted) {
                        counted = true;
                        total.addAndGet(count.getAsLong());
                        report(false);
                    }
                }

                @Override
                public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {
                }
            };
        }

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
            report(false);
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void indexingCompleted() {
        }

        ReindexProgress finish() {
            return report(true);
        }

        private synchronized ReindexProgress report(boolean finished) {
            long doneNow = done.get();
            ReindexProgress progress = new ReindexProgress(doneNow, Math.max(total.get(), doneNow), finished);
            listener.accept(progress);
            return progress;
        }
    }
}
