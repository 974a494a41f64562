package dev.geul.backup;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the blog backs itself up, bound from {@code geul.backup.*}.
 *
 * @param dir      the folder archives go to (by default {@code BLOG_DATA_DIR/backups}; point it at another disk)
 * @param schedule when the automatic backup runs, a Spring cron expression ({@code -} turns it off)
 * @param keep     how many archives are kept; older ones are deleted after a verified backup
 */
@ConfigurationProperties("geul.backup")
public record BackupProperties(@Nullable Path dir, String schedule, int keep) {

    public BackupProperties {
        dir = dir == null || dir.toString().isBlank() ? null : dir;
        schedule = schedule == null || schedule.isBlank() ? "0 30 3 * * *" : schedule;
        keep = keep <= 0 ? 7 : keep;
    }
}
