package dev.geul.web.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.geul.backup.BackupSummary;
import dev.geul.site.SiteStatus;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/admin/status}: how much the blog holds, and how its backups stand.
 *
 * @param site   the counts (posts, comments, ...), at the top level of the answer
 * @param backup the latest backup, and whether it failed
 */
record AdminStatus(@JsonUnwrapped SiteStatus site, Backup backup) {

    /**
     * @param failing true while the latest backup is a failed one
     * @param latest  the latest backup (verified or failed), null when none was made yet
     * @param message why it failed, in the language the client asked for (English by default); null when not failing
     * @param code    the message's key, for a client that says it in words of its own
     */
    record Backup(boolean failing, @Nullable BackupSummary latest, @Nullable String message, @Nullable String code) {
    }
}
