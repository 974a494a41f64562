package dev.geul.base;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of one blog, bound from {@code geul.*} (environment variables such as {@code BLOG_DATA_DIR}
 * are mapped onto them in application.properties).
 *
 * @param dataDir     where the embedded database, the search index and uploaded media live
 * @param title       the blog's name, shown in the header, feeds and page titles
 * @param description one sentence about the blog, for the home page's meta description and feeds
 * @param baseUrl     the public address readers use, for permalinks in feeds, sitemaps and exports
 * @param timeZone    the zone dates are shown in (and scheduled times are entered in)
 */
@ConfigurationProperties("geul")
public record BlogProperties(Path dataDir, String title, String description, String baseUrl, ZoneId timeZone) {

    public BlogProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        title = title == null || title.isBlank() ? "geul" : title;
        description = description == null ? "" : description;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : stripTrailingSlash(baseUrl);
        timeZone = timeZone == null ? ZoneId.of("Asia/Seoul") : timeZone;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public Path mediaDir() {
        return dataDir.resolve("media");
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }

    public Path databaseDir() {
        return dataDir.resolve("postgres");
    }
}
