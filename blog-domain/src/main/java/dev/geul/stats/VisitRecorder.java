package dev.geul.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.geul.base.BlogProperties;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Counts reader page views without slowing a page down: {@link #record} only offers the view to a bounded queue in
 * memory and returns; one background thread drains it every {@code geul.statistics.drain-interval} (1 second),
 * drops crawlers, hashes the visitor and adds the batch to the daily counts ({@link VisitStore}). A full queue (the
 * database gone for long) drops views rather than memory or readers' time, and says so in the log. Several nodes
 * share one database and count correctly together. With {@code geul.statistics.enabled=false} nothing is counted.
 */
@Service
public class VisitRecorder {

    private static final Logger log = LoggerFactory.getLogger(VisitRecorder.class);
    static final int QUEUE_CAPACITY = 50_000;
    private static final int BATCH = 5_000;

    private final boolean enabled;
    private final VisitStore store;
    private final VisitorHashes hashes;
    private final BlogProperties blog;
    private final Clock clock;
    private final BlockingQueue<PageView> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final @Nullable ScheduledExecutorService drainer;

    VisitRecorder(@Value("${geul.statistics.enabled:true}") boolean enabled,
                  @Value("${geul.statistics.drain-interval:1s}") Duration interval,
                  VisitStore store, JdbcClient jdbc, BlogProperties blog, Clock clock) {
        this.enabled = enabled;
        this.store = store;
        this.hashes = new VisitorHashes(jdbc);
        this.blog = blog;
        this.clock = clock;
        if (!enabled) {
            this.drainer = null;
            return;
        }
        this.drainer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("geul-visits").factory());
        // the crawler rules take seconds to load: at once, on this thread, rather than at the first batch
        drainer.execute(Readers::prepare);
        drainer.scheduleWithFixedDelay(this::drainQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Queues a served reader page to be counted; never blocks and never throws. Anyone. */
    public void record(PageView view) {
        if (enabled && !queue.offer(view)) {
            dropped.incrementAndGet();
        }
    }

    /**
     * Counts every view queued so far, on the drain thread, and returns when done: for tests and for a node going
     * down. Does nothing when statistics are off.
     */
    public void flush() {
        if (drainer == null || drainer.isShutdown()) {
            return;
        }
        try {
            drainer.submit(this::drainQuietly).get(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            log.warn("Counting the last page views failed", e);
        }
    }

    private void drainQuietly() {
        try {
            while (drainOnce() == BATCH) {
                // more were waiting: go on at once
            }
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                log.warn("{} page views were not counted: the queue of views to count was full", lost);
            }
        } catch (RuntimeException e) {
            // the views of this batch are lost; the next ones are counted when the database answers again
            log.warn("Counting page views failed: {}", e.toString());
        }
    }

    private int drainOnce() {
        List<PageView> views = new ArrayList<>(Math.min(queue.size(), BATCH));
        queue.drainTo(views, BATCH);
        if (views.isEmpty()) {
            return 0;
        }
        Set<String> slugs = new HashSet<>();
        for (PageView view : views) {
            if (view.postSlug() != null) {
                slugs.add(view.postSlug());
            }
        }
        Map<String, Long> postIds = store.postIds(List.copyOf(slugs));
        VisitBatch batch = new VisitBatch();
        // a reader reads several pages and a crowd shares few browsers and referrers: each is worked out once a batch
        Map<String, Boolean> people = new HashMap<>();
        Map<List<Object>, String> visitors = new HashMap<>();
        Map<List<String>, Optional<Referral>> referrals = new HashMap<>();
        for (PageView view : views) {
            String agent = view.userAgent() == null ? "" : view.userAgent();
            if (!people.computeIfAbsent(agent, Readers::isPerson)) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(view.at(), blog.timeZone());
            String address = view.clientAddress() == null ? "" : view.clientAddress();
            String hash = visitors.computeIfAbsent(List.of(day, address, agent),
                    key -> hashes.of(day, address, agent));
            String referrer = view.referrer() == null ? "" : view.referrer();
            String host = view.ownHost() == null ? "" : view.ownHost();
            Referral referral = referrals.computeIfAbsent(List.of(referrer, host),
                    key -> Optional.ofNullable(Referrers.classify(referrer, host))).orElse(null);
            batch.add(day, view.postSlug() == null ? null : postIds.get(view.postSlug()), hash, referral);
        }
        if (!batch.isEmpty()) {
            store.add(batch);
        }
        return views.size();
    }

    /** Forgets the visitors of days past, keeping their counts. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
    public void forgetVisitorsOfDaysPast() {
        int forgotten = store.forgetVisitorsBefore(LocalDate.ofInstant(clock.instant(), blog.timeZone()));
        if (forgotten > 0) {
            log.debug("Forgot {} visitors of days past", forgotten);
        }
    }

    @PreDestroy
    void countTheRestAndStop() {
        if (drainer != null) {
            flush();
            drainer.shutdown();
        }
    }
}
