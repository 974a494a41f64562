package dev.geul.site;

import java.time.Instant;
import java.util.List;

/**
 * An uploaded theme as admins see it.
 *
 * @param revision grows with every upload under the theme's name
 * @param inUse    whether readers see it now
 */
public record ThemeSummary(String name, long revision, long totalBytes, Instant uploadedAt, String uploadedBy,
                           boolean inUse, List<File> files) {

    /** One of its files. */
    public record File(String path, String contentType, long bytes) {
    }
}
