package dev.geul.media;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Instant;

import dev.geul.account.BlogUser;
import dev.geul.base.BlogProperties;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TistoryBackups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** With several nodes, media live in the database they share: what one node stores, every node serves. */
@SpringBootTest(properties = "geul.media.storage=database")
class DatabaseMediaStorageIT {

    @Autowired
    MediaStore media;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BlogProperties blog;

    BlogUser author;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        jdbc.update("delete from media_file");
        author = fixtures.author("minji");
    }

    @Test
    void an_upload_is_kept_in_the_database_and_read_back_byte_for_byte() throws Exception {
        String path = as(author, () -> {
            try {
                return media.store(new ByteArrayInputStream(TistoryBackups.PNG));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(media.find(path).orElseThrow().bytes()).isEqualTo(TistoryBackups.PNG);
        assertThat(jdbc.queryForObject("select count(*) from media_file", Long.class)).isOne();
        try (var files = Files.walk(blog.mediaDir())) {
            assertThat(files.filter(Files::isRegularFile)).as("nothing in this node's data folder").isEmpty();
        }
    }

    @Test
    void the_same_imported_file_is_stored_once() throws Exception {
        BlogUser admin = fixtures.admin();
        Instant date = Instant.parse("2012-11-16T05:51:39Z");
        StoredMedia first = as(admin, () -> storeImported(date));
        StoredMedia again = as(admin, () -> storeImported(date));

        assertThat(first.created()).isTrue();
        assertThat(again).isEqualTo(new StoredMedia(first.path(), false));
        assertThat(jdbc.queryForObject("select count(*) from media_file", Long.class)).isOne();
    }

    private StoredMedia storeImported(Instant date) {
        try {
            return media.storeImported(new ByteArrayInputStream(TistoryBackups.GIF), date);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
