package dev.geul.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import dev.geul.base.BlogProperties;
import dev.geul.base.StorageFullException;
import dev.geul.testing.FullDisk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A disk that fills up while an image is written: the upload is refused as "the disk is full", nothing of it stays
 * (no half image is ever served, no temporary file is left), the images stored before are untouched, and once
 * space is freed the same upload goes through.
 */
class MediaStoreFullDiskTest {

    @TempDir
    Path dataDir;
    final FullDisk disk = new FullDisk();
    MediaStore media;
    byte[] photo;

    @BeforeEach
    void setUp() {
        media = new MediaStore(new BlogProperties(disk.wrap(dataDir), null, null, null, null),
                Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
        photo = new byte[200_000];
        new Random(7).nextBytes(photo);
        System.arraycopy(MediaStoreTest.PNG, 0, photo, 0, MediaStoreTest.PNG.length);
    }

    @Test
    void an_upload_that_does_not_fit_is_refused_and_leaves_nothing_behind() throws Exception {
        String before = media.store(new ByteArrayInputStream(MediaStoreTest.PNG));
        disk.fill(50_000);

        assertThatThrownBy(() -> media.store(new ByteArrayInputStream(photo)))
                .isInstanceOf(StorageFullException.class).hasMessageContaining("The disk is full")
                .hasRootCauseMessage(FullDisk.NO_SPACE);

        assertThat(files()).containsExactly(dataDir.resolve("media" + before.substring("/media".length())));
        assertThat(media.find(before).orElseThrow().bytes()).isEqualTo(MediaStoreTest.PNG);

        disk.free();
        String after = media.store(new ByteArrayInputStream(photo));
        assertThat(media.find(after).orElseThrow().bytes()).isEqualTo(photo);
    }

    @Test
    void an_imported_file_that_does_not_fit_is_refused_and_leaves_nothing_behind() throws Exception {
        disk.fill(1_000);

        assertThatThrownBy(() -> media.storeImported(new ByteArrayInputStream(photo), Instant.now()))
                .isInstanceOf(StorageFullException.class);

        assertThat(files()).isEmpty();
    }

    /** Every file under the real data folder, the temporary ones included. */
    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dataDir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
