package dev.geul.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import dev.geul.testing.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageHeadersTest {

    @Test
    void png_jpeg_and_gif_sizes_are_read_from_their_headers() throws IOException {
        assertThat(read(TestImages.image("png", 640, 480))).contains(new ImageSize(640, 480));
        assertThat(read(TestImages.image("jpg", 1200, 800))).contains(new ImageSize(1200, 800));
        assertThat(read(TestImages.image("gif", 33, 17))).contains(new ImageSize(33, 17));
    }

    @Test
    void a_portrait_photo_stored_sideways_is_as_high_as_it_is_shown() throws IOException {
        assertThat(read(TestImages.jpegWithOrientation(400, 300, 6))).contains(new ImageSize(300, 400));
        assertThat(read(TestImages.jpegWithOrientation(400, 300, 3))).contains(new ImageSize(400, 300));
    }

    @Test
    void webp_sizes_are_read_from_lossy_lossless_and_extended_headers() throws IOException {
        byte[] lossy = webp("VP8 ", new byte[]{0, 0, 0, (byte) 0x9D, 0x01, 0x2A, (byte) 0x20, 0x03, (byte) 0x58, 0x02});
        // lossless: 0x2F, then (width-1) | (height-1) << 14 in 28 bits: 99 and 49
        long bits = 99 | 49L << 14;
        byte[] lossless = webp("VP8L", new byte[]{0x2F, (byte) bits, (byte) (bits >> 8), (byte) (bits >> 16),
                (byte) (bits >> 24), 0, 0, 0, 0, 0});
        // extended: flags and reserved bytes, then (width-1) and (height-1) in 24 bits each: 1919 and 1079
        byte[] extended = webp("VP8X", new byte[]{0, 0, 0, 0, 0x7F, 0x07, 0, 0x37, 0x04, 0});

        assertThat(read(lossy)).contains(new ImageSize(800, 600));
        assertThat(read(lossless)).contains(new ImageSize(100, 50));
        assertThat(read(extended)).contains(new ImageSize(1920, 1080));
    }

    @Test
    void what_is_no_image_or_a_broken_one_has_no_size() throws IOException {
        assertThat(read("%PDF-1.7 not an image".getBytes())).isEmpty();
        assertThat(read(MediaStoreTest.PNG)).as("a PNG cut off in its header").isEmpty();
        byte[] jpeg = TestImages.image("jpg", 10, 10);
        assertThat(read(java.util.Arrays.copyOf(jpeg, 40))).as("a JPEG cut off before its frame").isEmpty();
    }

    private static Optional<ImageSize> read(byte[] data) throws IOException {
        return ImageHeaders.read(new ByteArrayInputStream(data));
    }

    /** A WebP file with one chunk whose first ten bytes are {@code start}. */
    private static byte[] webp(String chunk, byte[] start) {
        byte[] file = new byte[40];
        System.arraycopy("RIFF".getBytes(), 0, file, 0, 4);
        file[4] = 32;
        System.arraycopy("WEBP".getBytes(), 0, file, 8, 4);
        System.arraycopy(chunk.getBytes(), 0, file, 12, 4);
        file[16] = 20;
        System.arraycopy(start, 0, file, 20, start.length);
        return file;
    }
}
