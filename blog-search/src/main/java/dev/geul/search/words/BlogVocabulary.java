package dev.geul.search.words;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import dev.geul.base.Permalinks;
import dev.geul.post.PostKind;
import dev.geul.post.PostWentLive;
import dev.geul.search.analysis.WordStems;
import dev.geul.transfer.ImportFinished;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The blog's current {@link Vocabulary}: the words of what readers may find (live, public posts and pages, and
 * their tags and categories; never a draft's or a private post's). Made in the background when the blog starts
 * and again when posts have changed, from the database, so each node of several keeps its own and the search
 * backend does not matter.
 */
@Component
public class BlogVocabulary {

    private static final Logger log = LoggerFactory.getLogger(BlogVocabulary.class);

    /** What readers may find, as {@code SearchService} decides it for them. */
    private static final String LIVE = """
            p.trashed_at is null and p.visibility = 'PUBLIC'
            and (p.status = 'PUBLISHED' or (p.status = 'SCHEDULED' and p.published_at <= ?))""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final WordStems stems;
    private final Clock clock;
    private final boolean buildAtStart;
    private volatile Vocabulary current = Vocabulary.EMPTY;
    /** What {@link #refresh} found when the vocabulary was last made from it; null to make it at the next look. */
    private volatile @Nullable List<@Nullable Object> madeFrom;

    BlogVocabulary(DataSource dataSource, PlatformTransactionManager transactions, WordStems stems, Clock clock,
                   @Value("${geul.search.vocabulary-at-start:true}") boolean buildAtStart) {
        this.buildAtStart = buildAtStart;
        this.jdbc = new JdbcTemplate(dataSource);
        // posts are read a few hundred at a time, not all into memory at once (a cursor: in a transaction)
        this.jdbc.setFetchSize(500);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.stems = stems;
        this.clock = clock;
    }

    public Vocabulary current() {
        return current;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (buildAtStart) {
            Thread.ofVirtual().name("geul-vocabulary").start(this::refreshQuietly);
        }
    }

    /**
     * An import on this node: the rescue knows the new words the moment the import answers, not at the next look
     * (the importer's thread waits for it: the vocabulary is made from a cursor, seconds at the largest blogs).
     */
    @EventListener
    void onImportFinished(ImportFinished finished) {
        refreshQuietly();
    }

    /** A post gone live on this node (published now or when its time came): its words count at once. */
    @TransactionalEventListener(fallbackExecution = true)
    void onPostWentLive(PostWentLive wentLive) {
        Thread.ofVirtual().name("geul-vocabulary").start(this::refreshQuietly);
    }

    /**
     * Looks for changed posts every few seconds (on every node: an import, a publish or a trash on another node, an
     * edit here), and makes the vocabulary again when there are some; the look is one small aggregate query.
     */
    @Scheduled(fixedDelayString = "${geul.search.vocabulary-refresh:PT10S}",
            initialDelayString = "${geul.search.vocabulary-refresh:PT10S}")
    void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // a vocabulary that is not made keeps the previous one; search itself works without it
            log.warn("Could not make the search vocabulary: {}", e.getMessage());
        }
    }

    /**
     * Makes the vocabulary again when what readers may find changed since it was made: a live post saved, added,
     * deleted or hidden, a scheduled one gone live, tags or categories added or removed.
     */
    public synchronized void refresh() {
        Instant now = clock.instant();
        // what readers may find only: an author's drafts and autosaves leave the vocabulary as it is
        List<@Nullable Object> state = jdbc.queryForList("""
                select count(*), max(p.updated_at), (select count(*) from tag), (select count(*) from category)
                from post p where""" + " " + LIVE, Timestamp.from(now)).getFirst().values().stream().toList();
        if (!state.equals(madeFrom)) {
            rebuild(now);
            madeFrom = state;
        }
    }

    /** Makes the vocabulary again, now. */
    public synchronized void rebuild() {
        rebuild(clock.instant());
        madeFrom = null;
    }

    private void rebuild(Instant now) {
        long started = System.nanoTime();
        VocabularyBuilder builder = new VocabularyBuilder(stems);
        Timestamp at = Timestamp.from(now);
        // the posts through a cursor, which needs a transaction; tags and categories after it, each on its own, so
        // that no lock on posts is held while others are asked for (a truncate or migration waits, never deadlocks)
        readOnly.executeWithoutResult(status -> jdbc.query(
                "select p.kind, p.slug, p.title, p.content_html from post p where " + LIVE, row -> {
                    String slug = row.getString(2);
                    String url = PostKind.valueOf(row.getString(1)).permalink(slug);
                    builder.addPost(row.getString(3), url, Jsoup.parseBodyFragment(row.getString(4)).text());
                }, at));
        jdbc.query("""
                select t.name, t.slug, count(*) from tag t join post_tag pt on pt.tag_id = t.id
                join post p on p.id = pt.post_id where""" + " " + LIVE + " group by t.id, t.name, t.slug",
                row -> {
                    builder.addTag(row.getString(1), Permalinks.tag(row.getString(2)), row.getInt(3));
                }, at);
        jdbc.query("""
                select c.name, c.slug, count(distinct p.id) from category c join post p
                on p.category_id = c.id or p.id in (select pc.post_id from post_category pc where pc.category_id = c.id)
                where""" + " " + LIVE + " group by c.id, c.name, c.slug",
                row -> {
                    builder.addCategory(row.getString(1), Permalinks.category(row.getString(2)), row.getInt(3));
                }, at);
        current = builder.build();
        log.info("Search vocabulary: {} words in {} ms", current.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
