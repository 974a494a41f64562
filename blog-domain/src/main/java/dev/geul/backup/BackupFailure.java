package dev.geul.backup;

import java.sql.SQLException;

import dev.geul.base.DiskFull;

/** Why a backup failed, as an admin is told it: each has a message key of the studio. */
public enum BackupFailure {

    /** The backup folder is missing and cannot be made, or may not be written to. */
    FOLDER_NOT_WRITABLE("backups.problem.folder"),
    /** The disk of the backup folder filled up while the archive was written. */
    DISK_FULL("backups.problem.diskfull"),
    /** The database could not be read (down, restarting, or unreachable). */
    DATABASE_UNREACHABLE("backups.problem.database"),
    /** Writing the archive failed otherwise. */
    WRITE_FAILED("backups.problem.write"),
    /** The archive was written but did not read back as its manifest says: it was deleted. */
    NOT_VERIFIED("backups.problem.verify");

    private final String key;

    BackupFailure(String key) {
        this.key = key;
    }

    /** The studio's message for this failure. */
    public String key() {
        return key;
    }

    /** The failure a write that threw {@code e} stands for. */
    static BackupFailure ofWriting(Throwable e) {
        if (DiskFull.causes(e)) {
            return DISK_FULL;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return DATABASE_UNREACHABLE;
            }
        }
        return WRITE_FAILED;
    }
}
