package dev.geul.transfer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what PostgreSQL knows of the posts' and comments' tables up with an import that fills them.
 *
 * <p>Each batch looks its import keys and slugs up in those tables, and the database plans the lookups from what it
 * last learnt of the tables' size. A server learns it in the background, now and then while a table grows fast, and
 * never when autovacuum is off; meanwhile a plan made while the table was small reads the whole table at every batch,
 * and the import slows as it goes (94,584 short posts into a PostgreSQL service with autovacuum off: 771 posts/s, and
 * 2,042 with the tables analyzed as here). So an import has them analyzed itself: after its first batch, each time
 * it has doubled what it stored, and at the end, for the blog's own queries.
 */
final class GrowingTables {

    private static final Logger log = LoggerFactory.getLogger(GrowingTables.class);

    private final ImportPipeline pipeline;
    /** The rows the run had stored when the tables were last analyzed. */
    private int analyzedAt;

    GrowingTables(ImportPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** After each batch, with the posts and comments the run has stored so far. */
    void stored(int rows) {
        if (rows >= Math.max(ImportRun.BATCH_POSTS, 2 * analyzedAt)) {
            analyze(rows);
        }
    }

    /** When the run has stored all it will; a run smaller than a batch leaves the statistics to the server. */
    void finished(int rows) {
        if (rows >= ImportRun.BATCH_POSTS && rows > analyzedAt) {
            analyze(rows);
        }
    }

    private void analyze(int rows) {
        analyzedAt = rows;
        try {
            pipeline.analyzeStoredTables();
        } catch (RuntimeException e) {
            // the import goes on as it would have without
            log.warn("Could not analyze the tables of the import: {}", e.getMessage());
        }
    }
}
