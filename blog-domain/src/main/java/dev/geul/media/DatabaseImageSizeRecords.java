package dev.geul.media;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** Image sizes in the table {@code media_image_size}, shared by every node whichever storage keeps the files. */
final class DatabaseImageSizeRecords implements ImageSizeRecords {

    private final JdbcTemplate jdbc;

    DatabaseImageSizeRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Optional<ImageSize>> find(Collection<String> paths) {
        Map<String, Optional<ImageSize>> found = new HashMap<>();
        if (paths.isEmpty()) {
            return found;
        }
        jdbc.query("select path, width, height from media_image_size where path = any (?)", row -> {
            int width = row.getInt("width");
            boolean measurable = !row.wasNull();
            found.put(row.getString("path"), measurable ? Optional.of(new ImageSize(width, row.getInt("height")))
                    : Optional.empty());
        }, (Object) paths.toArray(String[]::new));
        return found;
    }

    @Override
    public void record(String path, Optional<ImageSize> size, Instant measuredAt) {
        jdbc.update("insert into media_image_size (path, width, height, measured_at) values (?, ?, ?, ?)"
                        + " on conflict (path) do nothing", path, size.map(ImageSize::width).orElse(null),
                size.map(ImageSize::height).orElse(null), OffsetDateTime.ofInstant(measuredAt, ZoneOffset.UTC));
    }
}
