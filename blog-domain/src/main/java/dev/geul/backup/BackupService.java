package dev.geul.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import dev.geul.base.BlogProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Backups of the running blog: made by an admin on demand or by the schedule, listed with whether they verified.
 * Each reads the database in one snapshot, so readers and writers carry on meanwhile.
 */
@Service
@EnableConfigurationProperties(BackupProperties.class)
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final DataSource dataSource;
    private final BackupFolder folder;
    private final @Nullable Path mediaDir;
    private final Clock clock;
    private final AtomicReference<@Nullable CompletableFuture<BackupSummary>> current = new AtomicReference<>();
    /** This node's latest attempt: a failure that left nothing in the folder (not even its record) is known here. */
    private final AtomicReference<@Nullable BackupSummary> lastAttempt = new AtomicReference<>();

    BackupService(DataSource dataSource, BlogProperties blog, BackupProperties backup, Clock clock,
                  dev.geul.media.MediaSettings media) {
        this.dataSource = dataSource;
        this.folder = new BackupFolder(backupDir(blog, backup), backup.keep());
        this.mediaDir = media.storage() == dev.geul.media.MediaSettings.Storage.DATABASE ? null : blog.mediaDir();
        this.clock = clock;
    }

    /** Where backups go: {@code geul.backup.dir}, by default the data folder's {@code backups}. */
    public static Path backupDir(BlogProperties blog, BackupProperties backup) {
        return backup.dir() != null ? backup.dir() : blog.dataDir().resolve("backups");
    }

    /**
     * Makes a backup now and answers once it is written and checked (a failed one is answered too, with its
     * reason). Admins only.
     *
     * @throws BackupFolder.BackupBusyException when a backup is being made already
     */
    @PreAuthorize("hasRole('ADMIN')")
    public BackupSummary backUpNow() {
        return make();
    }

    /**
     * Starts a backup in the background and answers at once; the future completes with the backup (verified or
     * failed). Admins only.
     *
     * @throws BackupFolder.BackupBusyException when this node is making one already
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CompletableFuture<BackupSummary> startBackup() {
        CompletableFuture<BackupSummary> started = new CompletableFuture<>();
        CompletableFuture<BackupSummary> previous = current.get();
        if ((previous != null && !previous.isDone()) || !current.compareAndSet(previous, started)) {
            throw new BackupFolder.BackupBusyException();
        }
        Thread.ofVirtual().name("geul-backup").start(() -> {
            try {
                started.complete(make());
            } catch (RuntimeException e) {
                log.error("BACKUP FAILED: the backup could not be made", e);
                started.completeExceptionally(e);
            }
        });
        return started;
    }

    /** The backups in the folder, newest first. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<BackupSummary> list() {
        return folder.list();
    }

    /** The scheduled run: nobody is signed in, and a node finding another node's backup running leaves it. */
    BackupSummary backUpOnSchedule() {
        return make();
    }

    /**
     * The latest backup, whether it verified or failed: this node's latest attempt or the newest one in the folder
     * (made by another node, the command line, or before a restart), whichever is newer. Admins only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<BackupSummary> latest() {
        Optional<BackupSummary> inFolder;
        try {
            inFolder = folder.list().stream().findFirst();
        } catch (java.io.UncheckedIOException e) {
            inFolder = Optional.empty();
        }
        BackupSummary attempted = lastAttempt.get();
        if (attempted == null) {
            return inFolder;
        }
        return Optional.of(inFolder.filter(found -> found.madeAt().isAfter(attempted.madeAt())).orElse(attempted));
    }

    /** The latest backup when it failed: what the studio warns admins about until a backup succeeds. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<BackupSummary> latestFailure() {
        return latest().filter(backup -> !backup.verified());
    }

    private BackupSummary make() {
        BackupSummary made;
        try {
            made = folder.make(dataSource, mediaDir, clock.instant());
        } catch (BackupFolder.BackupBusyException e) {
            throw e;
        } catch (RuntimeException e) {
            made = BackupSummary.failed("", clock.instant(), BackupFailure.WRITE_FAILED, e.toString());
            log.error("BACKUP FAILED: the backup could not be made", e);
        }
        lastAttempt.set(made);
        return made;
    }
}
