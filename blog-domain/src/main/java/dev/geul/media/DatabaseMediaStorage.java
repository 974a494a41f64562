package dev.geul.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Media files in the database every node of the blog shares, so that an image uploaded through one node loads
 * from all of them (and is backed up with the posts). Chosen with {@code BLOG_MEDIA_STORAGE=database}.
 */
final class DatabaseMediaStorage implements MediaStorage {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DatabaseMediaStorage(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean putIfAbsent(String path, Path file) throws IOException {
        long size = Files.size(file);
        try (InputStream content = Files.newInputStream(file)) {
            int inserted = jdbc.update(connection -> {
                var insert = connection.prepareStatement("insert into media_file (path, content, size, created_at)"
                        + " values (?, ?, ?, ?) on conflict (path) do nothing");
                insert.setString(1, path);
                insert.setBinaryStream(2, content, size);
                insert.setLong(3, size);
                insert.setObject(4, java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
                return insert;
            });
            return inserted == 1;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public Optional<MediaFile> get(String path) {
        List<Long> sizes = jdbc.queryForList("select size from media_file where path = ?", Long.class, path);
        if (sizes.isEmpty()) {
            return Optional.empty();
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return Optional.of(new MediaFile(name, sizes.getFirst(), () -> {
            byte[] content = jdbc.queryForObject("select content from media_file where path = ?", byte[].class, path);
            if (content == null) {
                throw new IOException("The media file " + path + " is gone");
            }
            return new ByteArrayInputStream(content);
        }));
    }
}
