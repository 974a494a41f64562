package dev.geul.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import dev.geul.base.BlogProperties;
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

    private final DataSource dataSource;
    private final BackupFolder folder;
    private final Path mediaDir;
    private final Clock clock;

    BackupService(DataSource dataSource, BlogProperties blog, BackupProperties backup, Clock clock,
                  @Value("${geul.media.storage:filesystem}") String mediaStorage) {
        this.dataSource = dataSource;
        this.folder = new BackupFolder(backupDir(blog, backup), backup.keep());
        this.mediaDir = "database".equalsIgnoreCase(mediaStorage) ? null : blog.mediaDir();
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
        return folder.make(dataSource, mediaDir, clock.instant());
    }

    /** The backups in the folder, newest first. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<BackupSummary> list() {
        return folder.list();
    }

    /** The scheduled run: nobody is signed in, and a node finding another node's backup running leaves it. */
    BackupSummary backUpOnSchedule() {
        return folder.make(dataSource, mediaDir, clock.instant());
    }
}
