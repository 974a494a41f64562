package dev.geul.media;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import dev.geul.base.BlogProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediaStoreTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dataDir;
    MediaStore media;

    @BeforeEach
    void setUp() {
        media = new MediaStore(new BlogProperties(dataDir, null, null, null, null),
                Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void an_image_is_stored_under_a_random_name_in_the_month_folder_and_found_again() throws Exception {
        String first = media.store(new ByteArrayInputStream(PNG));
        String second = media.store(new ByteArrayInputStream(PNG));

        assertThat(first).matches("/media/2026/03/[0-9a-f]{32}\\.png").isNotEqualTo(second);
        String name = first.substring(first.lastIndexOf('/') + 1);
        assertThat(media.find("2026", "03", name).orElseThrow().bytes()).isEqualTo(PNG);
        try (var files = Files.list(dataDir.resolve("media/2026/03"))) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void an_imported_file_is_named_by_its_content_in_its_posts_month_and_stored_once() throws Exception {
        Instant postDate = Instant.parse("2012-11-16T05:51:39Z");

        StoredMedia first = media.storeImported(new ByteArrayInputStream(PNG), postDate);
        StoredMedia again = media.storeImported(new ByteArrayInputStream(PNG), postDate);

        assertThat(first.path()).matches("/media/2012/11/[0-9a-f]{32}\\.png");
        assertThat(first.created()).isTrue();
        assertThat(again).isEqualTo(new StoredMedia(first.path(), false));
        assertThat(media.find(first.path()).orElseThrow().bytes()).isEqualTo(PNG);
        try (var files = Files.list(dataDir.resolve("media/2012/11"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void an_import_brings_pdf_and_zip_files_for_download_but_an_author_uploads_images_only() throws Exception {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 1, 2, 3};

        StoredMedia stored = media.storeImported(new ByteArrayInputStream(zip), null);

        assertThat(stored.path()).endsWith(".zip");
        assertThat(MediaStore.isDownload(stored.path())).isTrue();
        assertThatThrownBy(() -> media.store(new ByteArrayInputStream(zip)))
                .isInstanceOfSatisfying(MediaRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaRefusedException.Reason.NOT_AN_IMAGE));
    }

    @Test
    void the_type_comes_from_the_content_not_the_name() {
        assertThat(MediaStore.fileType(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).hasValue("jpg");
        assertThat(MediaStore.fileType("GIF89a......".getBytes())).hasValue("gif");
        assertThat(MediaStore.fileType("RIFF\0\0\0\0WEBP".getBytes())).hasValue("webp");
        assertThat(MediaStore.fileType("<svg onload=alert(1)>".getBytes())).isEmpty();
        assertThat(MediaStore.fileType("RIFF\0\0\0\0WAVE".getBytes())).isEmpty();
    }

    @Test
    void a_script_named_like_an_image_is_refused_and_nothing_is_left_behind() throws Exception {
        assertThatThrownBy(() -> media.store(new ByteArrayInputStream("<script>alert(1)</script>".getBytes())))
                .isInstanceOfSatisfying(MediaRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaRefusedException.Reason.NOT_AN_IMAGE));
        assertThat(dataDir.resolve("media")).doesNotExist();
    }

    @Test
    void an_image_over_the_limit_is_refused_and_its_partial_file_removed() throws Exception {
        byte[] huge = Arrays.copyOf(PNG, (int) MediaStore.MAX_BYTES + 1);
        InputStream data = new ByteArrayInputStream(huge);

        assertThatThrownBy(() -> media.store(data)).isInstanceOfSatisfying(MediaRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(MediaRefusedException.Reason.TOO_LARGE));
        assertThat(dataDir.resolve("media/2026/03")).doesNotExist();
        try (var files = Files.list(dataDir.resolve("media/.incoming"))) {
            assertThat(files).as("no partial file is left").isEmpty();
        }
    }

    @Test
    void only_names_the_store_gives_out_are_served() throws Exception {
        assertThat(media.find("2026", "03", "../../../etc/passwd")).isEmpty();
        assertThat(media.find("..", "03", "0123456789abcdef0123456789abcdef.png")).isEmpty();
        assertThat(media.find("2026", "03", "0123456789abcdef0123456789abcdef.svg")).isEmpty();
    }
}
