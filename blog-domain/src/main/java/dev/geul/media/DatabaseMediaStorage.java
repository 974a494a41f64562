package dev.geul.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Media files in the database every node of the blog shares, so that an image uploaded through one node loads
 * from all of them (and is backed up with the posts). Chosen with {@code BLOG_MEDIA_STORAGE=database}.
 *
 * <p>A file is read a slice at a time, never whole, and only so many files are read at once: a flood of requests
 * for large files neither fills the memory nor takes every connection of the pool.
 */
final class DatabaseMediaStorage implements MediaStorage {

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Semaphore reads;

    DatabaseMediaStorage(JdbcTemplate jdbc, Clock clock, int concurrentReads) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.reads = new Semaphore(concurrentReads);
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
                insert.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                return insert;
            });
            return inserted == 1;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public Optional<MediaFile> get(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        List<MediaFile> found = jdbc.query("select size, created_at from media_file where path = ?", (row, number) -> {
            long size = row.getLong("size");
            Instant stored = row.getObject("created_at", OffsetDateTime.class).toInstant();
            return new MediaFile(name, size, stored, () -> open(path, size));
        }, path);
        return found.stream().findFirst();
    }

    private InputStream open(String path, long size) throws MediaBusyException {
        if (!reads.tryAcquire()) {
            throw new MediaBusyException(RETRY_AFTER);
        }
        AtomicBoolean released = new AtomicBoolean();
        return new DatabaseMediaStream(jdbc, path, size, () -> {
            if (released.compareAndSet(false, true)) {
                reads.release();
            }
        });
    }
}
