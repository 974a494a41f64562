package dev.geul.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded and imported files live ({@code geul.media.*}).
 *
 * @param storage         {@code filesystem} ({@code BLOG_DATA_DIR/media}, the default) or {@code database} (every
 *                        node of several serves every file); anything else stops the blog at start, naming the setting
 * @param concurrentReads with {@code database}: files read at once; readers beyond wait with 503 and Retry-After
 */
@ConfigurationProperties("geul.media")
public record MediaSettings(@DefaultValue("filesystem") Storage storage, @DefaultValue("16") int concurrentReads) {

    public MediaSettings {
        if (concurrentReads < 1) {
            throw new IllegalArgumentException("geul.media.concurrent-reads must be at least 1, not " + concurrentReads);
        }
    }

    public enum Storage {
        FILESYSTEM, DATABASE
    }
}
