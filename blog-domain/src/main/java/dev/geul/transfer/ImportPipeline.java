package dev.geul.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

import dev.geul.account.AccountTransfer;
import dev.geul.account.CurrentUser;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.category.CategoryTransfer;
import dev.geul.comment.CommentTransfer;
import dev.geul.comment.Mentions;
import dev.geul.post.PostTransfer;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What every import stores through, whatever the archive's format; starts {@link ImportRun}s. */
@Component
public final class ImportPipeline {

    private final AccountTransfer accounts;
    private final CategoryTransfer categories;
    private final PostTransfer posts;
    private final CommentTransfer comments;
    private final Mentions mentions;
    private final HtmlSanitizer sanitizer;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    ImportPipeline(AccountTransfer accounts, CategoryTransfer categories, PostTransfer posts,
                   CommentTransfer comments, Mentions mentions, HtmlSanitizer sanitizer, PlatformTransactionManager transactionManager,
                   EntityManager entityManager, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.categories = categories;
        this.posts = posts;
        this.comments = comments;
        this.mentions = mentions;
        this.sanitizer = sanitizer;
        this.transaction = new TransactionTemplate(transactionManager);
        this.entityManager = entityManager;
        this.events = events;
    }

    /** How a format reads its archive into a run: hands it what it finds, item by item. */
    @FunctionalInterface
    public interface Reading {

        void readInto(ImportRun run) throws IOException;
    }

    /**
     * Imports an archive in a run of its own, in the caller's thread: {@code reading} reads it into the run, which
     * then stores the rest and says what came in. What was read before a failure is stored before the failure goes
     * on, so that importing the same archive again completes it.
     *
     * @param archiveName what the log calls the archive, e.g. "a WXR file"
     * @param bytesRead   how much of the archive was read, for progress reports
     * @param totalBytes  the archive's size, or -1
     */
    public ImportReport run(String archiveName, LongSupplier bytesRead, long totalBytes,
                            Consumer<ImportProgress> progress, Reading reading) throws IOException {
        try (ImportRun run = new ImportRun(this, archiveName, bytesRead, totalBytes, progress)) {
            try {
                reading.readInto(run);
            } catch (RuntimeException | IOException e) {
                // a file that breaks off (a damaged zip entry, a cut upload) keeps what came before the break
                run.storeWhatWasRead();
                throw e;
            }
            return run.finish();
        }
    }

    /**
     * Imports an XML archive (a WordPress export, Tistory's old backup) as {@link #run} does, one element of its top
     * level at a time, so that a big file needs little memory; progress follows the bytes read.
     *
     * @param archive   read to its end, not closed
     * @param mappingOf the format's mapping of the archive's elements, for the run
     * @throws ArchiveFormatException when the file is not an archive of this kind or breaks off; what was read up
     *                                to that point stays imported
     */
    public ImportReport importXml(InputStream archive, ArchiveReader.Kind kind, String archiveName, long totalBytes,
                                  Consumer<ImportProgress> progress, Function<ImportRun, ArchiveMapping> mappingOf) {
        CountingInputStream counting = new CountingInputStream(archive);
        try (ArchiveReader reader = new ArchiveReader(counting, kind)) {
            return run(archiveName, counting::count, totalBytes, progress, run -> {
                ArchiveMapping mapping = mappingOf.apply(run);
                for (ArchiveElement element = reader.next(); element != null; element = reader.next()) {
                    mapping.read(element);
                }
                run.storeWhatWasRead();
                mapping.allRead();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The admin importing, who writes the posts of an archive that does not name their writers. In the thread that
     * imports: batches are stored in others.
     */
    public long importingAdmin() {
        return CurrentUser.accountId().orElseThrow(() -> new IllegalStateException("No admin signed in"));
    }

    /** Tells the rest of the blog that an import stored all it will. */
    void finished(ImportFinished finished) {
        events.publishEvent(finished);
    }

    /** Has PostgreSQL gather the statistics of the tables an import fills, so that it plans lookups in them well. */
    void analyzeStoredTables() {
        transaction.executeWithoutResult(status -> entityManager.createNativeQuery("analyze post, comment").executeUpdate());
    }

    AccountTransfer accounts() {
        return accounts;
    }

    CategoryTransfer categories() {
        return categories;
    }

    public PostTransfer posts() {
        return posts;
    }

    CommentTransfer comments() {
        return comments;
    }

    Mentions mentions() {
        return mentions;
    }

    HtmlSanitizer sanitizer() {
        return sanitizer;
    }

    TransactionTemplate transaction() {
        return transaction;
    }

    EntityManager entityManager() {
        return entityManager;
    }
}
