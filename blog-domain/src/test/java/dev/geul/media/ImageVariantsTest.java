package dev.geul.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import javax.imageio.ImageIO;

import dev.geul.base.BlogProperties;
import dev.geul.testing.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ImageVariantsTest {

    @TempDir
    Path dataDir;
    MediaStore media;
    ImageVariants variants;

    @BeforeEach
    void setUp() {
        media = new MediaStore(new BlogProperties(dataDir, null, null, null, null),
                Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
        variants = new ImageVariants(media, dataDir.resolve("media-sizes"));
    }

    @Test
    void only_the_offered_widths_narrower_than_the_image_are_made_and_each_is_made_once() throws Exception {
        String image = store(TestImages.image("png", 1000, 500));

        assertThat(ImageVariants.widths(image, new ImageSize(1000, 500))).containsExactly(480, 800);
        MediaFile narrow = find(image, 480).orElseThrow().file();
        assertThat(pixels(narrow)).isEqualTo("480x240");
        assertThat(narrow.name()).isEqualTo(name(image, 480));
        assertThat(find(image, 480).orElseThrow().file().lastModified()).as("kept, not made again")
                .isEqualTo(narrow.lastModified());
        assertThat(variants.find("2026", "03", name(image, 1200))).as("not narrower than the image").isEmpty();
        assertThat(variants.find("2026", "03", name(image, 640))).as("a width the blog does not offer").isEmpty();
        assertThat(variants.find("2026", "03", name(image, 480).replace("480w", "0480w"))).isEmpty();
        assertThat(variants.find("2026", "03", "0123456789abcdef0123456789abcdef-480w.png")).as("no such image")
                .isEmpty();
        assertThat(Files.exists(dataDir.resolve("media-sizes/2026/03/" + name(image, 480)))).isTrue();
    }

    @Test
    void a_photo_its_camera_turned_is_made_narrower_as_it_is_shown() throws Exception {
        String photo = store(TestImages.jpegWithOrientation(1000, 600, 6));

        MediaFile narrow = find(photo, 480).orElseThrow().file();

        assertThat(pixels(narrow)).isEqualTo("480x800");
        assertThat(narrow.name()).endsWith("-480w.jpg");
    }

    @Test
    void an_image_of_too_many_pixels_is_never_decoded_and_its_copies_are_the_original() throws Exception {
        // a PNG header that claims 10000 by 10000 pixels, which decoded would take 400 MB
        byte[] huge = Arrays.copyOf(TestImages.image("png", 1, 1), 33);
        writeInt(huge, 16, 10_000);
        writeInt(huge, 20, 10_000);
        String image = store(huge);

        assertThat(ImageVariants.widths(image, new ImageSize(10_000, 10_000))).isEmpty();
        ImageVariants.ImageVariant served = find(image, 480).orElseThrow();

        assertThat(served.file().bytes()).isEqualTo(huge);
        assertThat(served.lasting()).isTrue();
        assertThat(dataDir.resolve("media-sizes")).doesNotExist();
    }

    @Test
    void an_image_that_cannot_be_decoded_is_kept_as_it_is_under_its_copys_name() throws Exception {
        byte[] broken = Arrays.copyOf(TestImages.image("png", 2000, 1000), 60);
        String image = store(broken);

        MediaFile served = find(image, 800).orElseThrow().file();

        assertThat(served.bytes()).isEqualTo(broken);
        assertThat(served.name()).as("not decoded again at the next request").isEqualTo(name(image, 800));
    }

    @Test
    void gifs_webp_images_and_other_sites_images_have_no_narrower_copies() {
        ImageSize large = new ImageSize(2000, 1000);

        assertThat(ImageVariants.widths("/media/2026/03/0123456789abcdef0123456789abcdef.gif", large)).isEmpty();
        assertThat(ImageVariants.widths("/media/2026/03/0123456789abcdef0123456789abcdef.webp", large)).isEmpty();
        assertThat(ImageVariants.widths("https://example.com/media/2026/03/0123456789abcdef0123456789abcdef.png",
                large)).isEmpty();
        assertThat(ImageVariants.widths("/media/2026/03/0123456789abcdef0123456789abcdef.png", large))
                .containsExactly(480, 800, 1200);
        assertThat(ImageVariants.isVariant("0123456789abcdef0123456789abcdef-480w.gif")).isFalse();
        assertThat(ImageVariants.servedPath("/media/2026/03/0123456789abcdef0123456789abcdef.jpg", 800))
                .isEqualTo("/media/2026/03/0123456789abcdef0123456789abcdef-800w.jpg");
    }

    private String store(byte[] image) throws Exception {
        return media.store(new ByteArrayInputStream(image));
    }

    private java.util.Optional<ImageVariants.ImageVariant> find(String image, int width) throws IOException {
        return variants.find("2026", "03", name(image, width));
    }

    private static String name(String servedPath, int width) {
        String variant = ImageVariants.servedPath(servedPath, width);
        return variant.substring(variant.lastIndexOf('/') + 1);
    }

    private static String pixels(MediaFile file) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.bytes()));
        return image.getWidth() + "x" + image.getHeight();
    }

    private static void writeInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
