package dev.geul.transfer;

import dev.geul.account.BlogUser;
import dev.geul.category.CategoryService;
import dev.geul.media.MediaStore;
import dev.geul.post.PostDetail;
import dev.geul.post.PostLists;
import dev.geul.post.PostReader;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.geul.testing.BlogFixtures.asGuest;

/**
 * What every import test starts from: an empty blog with its admin, who runs the import, and the reader's view
 * of what came in.
 */
@SpringBootTest
public abstract class ImportingBlog {

    @Autowired
    protected PostReader reader;
    @Autowired
    protected PostLists lists;
    @Autowired
    protected CategoryService categories;
    @Autowired
    protected MediaStore media;
    @Autowired
    protected BlogFixtures fixtures;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected JdbcTemplate jdbc;

    protected BlogUser admin;

    @BeforeEach
    protected void startEmpty() {
        fixtures.resetDatabase();
        clock.reset();
        admin = fixtures.admin();
    }

    /** The post as a guest reads it; it must be there. */
    protected PostDetail read(String slug) {
        return read(slug, null);
    }

    /** The post as a guest who gives {@code password} reads it; it must be there. */
    protected PostDetail read(String slug, String password) {
        return asGuest(() -> reader.findReadable(slug, password)).orElseThrow();
    }
}
