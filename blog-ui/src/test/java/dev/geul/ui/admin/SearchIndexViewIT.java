package dev.geul.ui.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import dev.geul.account.BlogUser;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SearchIndexViewIT extends SpringBrowserlessTest {

    @Autowired
    BlogFixtures fixtures;
    @Autowired
    PostEditor posts;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void an_admin_rebuilds_the_index_and_watches_it_finish_with_every_post_in_it() throws InterruptedException {
        BlogUser admin = fixtures.admin();
        for (int i = 0; i < 3; i++) {
            int n = i;
            as(admin, () -> posts.publish(posts.create(PostDraft.of("글 " + n, "<p>본문 " + n + "</p>")).id()));
        }
        signInAs(admin);
        SearchIndexView view = navigate(SearchIndexView.class);
        // the index may still hold posts of earlier tests that emptied the database: a rebuild drops them
        assertThat(view.counts.getText()).startsWith("The index holds ").endsWith(" posts and pages; the blog has 3.");

        test(view.rebuild).click();
        assertThat(view.rebuild.isEnabled()).isFalse();
        assertThat(view.progress.isVisible()).isTrue();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (!view.rebuild.isEnabled() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
            // what the rebuild's thread handed to the UI (UI.access), as the next request would run it
            VaadinSession.getCurrent().getService().runPendingAccessTasks(VaadinSession.getCurrent());
        }

        assertThat(view.status.getText()).isEqualTo("Rebuilt: 3 posts indexed.");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.counts.getText()).isEqualTo("The index holds 3 posts and pages; the blog has 3.");
    }
}
