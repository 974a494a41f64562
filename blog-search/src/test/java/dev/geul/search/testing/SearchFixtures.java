package dev.geul.search.testing;

import dev.geul.post.Post;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/** A clean database and an empty index for each search test. */
@Component
public class SearchFixtures {

    private final BlogFixtures blog;
    private final TestClock clock;
    private final EntityManagerFactory entityManagerFactory;

    SearchFixtures(BlogFixtures blog, TestClock clock, EntityManagerFactory entityManagerFactory) {
        this.blog = blog;
        this.clock = clock;
        this.entityManagerFactory = entityManagerFactory;
    }

    public void reset() {
        blog.resetDatabase();
        clock.reset();
        var workspace = Search.mapping(entityManagerFactory).scope(Post.class).workspace();
        workspace.purge();
        workspace.refresh();
    }
}
