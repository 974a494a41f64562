package dev.geul.ui.media;

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
        assertThat(media.find("2026", "03", name)).hasValueSatisfying(file ->
                assertThat(file).hasBinaryContent(PNG));
        try (var files = Files.list(dataDir.resolve("media/2026/03"))) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void the_type_comes_from_the_content_not_the_name() {
        assertThat(MediaStore.imageType(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).hasValue("jpg");
        assertThat(MediaStore.imageType("GIF89a......".getBytes())).hasValue("gif");
        assertThat(MediaStore.imageType("RIFF\0\0\0\0WEBP".getBytes())).hasValue("webp");
        assertThat(MediaStore.imageType("<svg onload=alert(1)>".getBytes())).isEmpty();
        assertThat(MediaStore.imageType("RIFF\0\0\0\0WAVE".getBytes())).isEmpty();
    }

    @Test
    void a_script_named_like_an_image_is_refused_and_nothing_is_left_behind() throws Exception {
        assertThatThrownBy(() -> media.store(new ByteArrayInputStream("<script>alert(1)</script>".getBytes())))
                .isInstanceOfSatisfying(MediaStore.RefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaStore.Refusal.NOT_AN_IMAGE));
        assertThat(dataDir.resolve("media")).doesNotExist();
    }

    @Test
    void an_image_over_the_limit_is_refused_and_its_partial_file_removed() throws Exception {
        byte[] huge = Arrays.copyOf(PNG, (int) MediaStore.MAX_BYTES + 1);
        InputStream data = new ByteArrayInputStream(huge);

        assertThatThrownBy(() -> media.store(data)).isInstanceOfSatisfying(MediaStore.RefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(MediaStore.Refusal.TOO_LARGE));
        try (var files = Files.list(dataDir.resolve("media/2026/03"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void only_names_the_store_gives_out_are_served() {
        assertThat(media.find("2026", "03", "../../../etc/passwd")).isEmpty();
        assertThat(media.find("..", "03", "0123456789abcdef0123456789abcdef.png")).isEmpty();
        assertThat(media.find("2026", "03", "0123456789abcdef0123456789abcdef.svg")).isEmpty();
    }
}
