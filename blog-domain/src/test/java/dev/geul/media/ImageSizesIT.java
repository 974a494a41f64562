package dev.geul.media;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import dev.geul.account.BlogUser;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Every stored image's pixel size is known, so that pages can reserve its box before it loads. */
@SpringBootTest
class ImageSizesIT {

    @Autowired
    MediaStore media;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    BlogUser author;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        author = fixtures.author("minji");
    }

    @Test
    void an_uploaded_image_has_its_size_recorded_as_it_is_stored() throws Exception {
        String photo = upload(TestImages.jpegWithOrientation(4032, 3024, 6));
        String chart = upload(TestImages.image("png", 640, 480));

        assertThat(recorded(photo)).as("a portrait photo as phones store it").isEqualTo(List.of(3024, 4032));
        assertThat(recorded(chart)).isEqualTo(List.of(640, 480));
        assertThat(media.imageSizes(List.of(photo, chart, "https://example.com/a.png", "/media/2026/01/none.png")))
                .isEqualTo(Map.of(photo, new ImageSize(3024, 4032), chart, new ImageSize(640, 480)));
    }

    @Test
    void an_image_stored_before_sizes_were_kept_is_measured_once_when_a_page_asks() throws Exception {
        String chart = upload(TestImages.image("gif", 300, 200));
        jdbc.update("delete from media_image_size"); // as an image stored by an earlier version of the blog

        assertThat(media.imageSizes(List.of(chart))).containsEntry(chart, new ImageSize(300, 200));
        assertThat(recorded(chart)).as("recorded, not read again for the next page").isEqualTo(List.of(300, 200));
    }

    @Test
    void an_image_whose_size_cannot_be_read_is_left_out_and_not_read_again() throws Exception {
        String broken = upload(MediaStoreTest.PNG); // a PNG signature with its header cut off

        assertThat(media.imageSizes(List.of(broken))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from media_image_size where width is null", Long.class))
                .isOne();
    }

    private String upload(byte[] image) {
        return as(author, () -> {
            try {
                return media.store(new ByteArrayInputStream(image));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private List<Integer> recorded(String servedPath) {
        return jdbc.query("select width, height from media_image_size where path = ?",
                (row, n) -> List.of(row.getInt("width"), row.getInt("height")),
                servedPath.substring("/media/".length())).stream().findFirst().orElse(List.of());
    }
}
