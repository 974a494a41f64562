/**
 * Backups of the whole blog and restores from them: an archive of every table as CSV, the media files and a manifest
 * with their checksums, written in one database snapshot, read back before it counts, and kept in a folder of its
 * own; on a schedule, by an admin, or on the command line.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.backup;

import org.jspecify.annotations.NullMarked;
