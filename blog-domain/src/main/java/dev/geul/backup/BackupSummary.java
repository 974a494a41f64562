package dev.geul.backup;

import java.time.Instant;

/**
 * One archive in the backup folder, as an admin sees it.
 *
 * @param file     the archive's file name
 * @param size     its size in bytes
 * @param madeAt   when it was written
 * @param verified whether it was read back and matched its manifest
 * @param problem  why verification failed (null when verified)
 * @param rows     rows of every table together (0 when unknown)
 */
public record BackupSummary(String file, long size, Instant madeAt, boolean verified, String problem, long rows) {
}
