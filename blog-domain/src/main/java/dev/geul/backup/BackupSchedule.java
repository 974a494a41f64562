package dev.geul.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backs the blog up by {@code geul.backup.schedule} (daily by default). Where several nodes share one database, the
 * one that takes the backup lock makes it; the others find it taken and leave it, as with scheduled publishing.
 */
@Component
class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final BackupService backups;

    BackupSchedule(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${geul.backup.schedule:0 30 3 * * *}", zone = "${geul.time-zone:Asia/Seoul}")
    void backUp() {
        try {
            backups.backUpOnSchedule();
        } catch (BackupFolder.BackupBusyException e) {
            log.info("A backup is being made elsewhere; this node leaves it");
        } catch (RuntimeException e) {
            log.error("BACKUP FAILED: the scheduled backup could not be made", e);
        }
    }
}
