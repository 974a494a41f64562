package dev.geul.backup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One backup as an admin sees it: an archive in the backup folder, or an attempt that failed.
 *
 * @param file     the archive's file name (for a failed attempt, the name it would have had)
 * @param size     its size in bytes (0 when there is no archive)
 * @param madeAt   when it was written, or attempted
 * @param verified whether it was read back and matched its manifest
 * @param problem  why it failed, in detail (null when verified)
 * @param rows     rows of every table together (0 when unknown)
 * @param failure  why it failed, as a kind the studio names in the admin's language (null when verified)
 */
public record BackupSummary(String file, long size, Instant madeAt, boolean verified, @Nullable String problem,
                            long rows, @Nullable BackupFailure failure) {

    /** A backup that failed before anything could be kept of it. */
    static BackupSummary failed(String file, Instant at, BackupFailure failure, String problem) {
        return new BackupSummary(file, 0, at, false, problem, 0, failure);
    }
}
