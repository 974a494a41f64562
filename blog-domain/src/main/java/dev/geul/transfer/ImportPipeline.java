package dev.geul.transfer;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

import dev.geul.account.AccountTransfer;
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

    /**
     * @param archiveName what the log calls the archive, e.g. "a WXR file"
     * @param bytesRead   how much of the archive was read, for progress reports
     * @param totalBytes  the archive's size, or -1
     */
    public ImportRun start(String archiveName, LongSupplier bytesRead, long totalBytes,
                           Consumer<ImportProgress> progress) {
        return new ImportRun(this, archiveName, bytesRead, totalBytes, progress);
    }

    /** Tells the rest of the blog that an import stored all it will. */
    void finished(ImportFinished finished) {
        events.publishEvent(finished);
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
