package dev.geul.ui.admin;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import dev.geul.base.database.EmbeddedPostgresServer;
import dev.geul.post.PostEditor;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.DatabaseAway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away while a writer edits: saving says it failed and why, the text stays in the editor (and in
 * the browser's copy, which is let go only once the server has the text), and the next save after the database is
 * back stores it, without reloading anything.
 */
@SpringBootTest
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=1500")
class EditorOutageIT extends SpringBrowserlessTest {

    @Autowired
    BlogFixtures fixtures;
    @Autowired
    PostEditor posts;
    @Autowired
    EmbeddedPostgresServer server;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        UI.getCurrent().setLocale(Locale.KOREAN);
        signInAs(fixtures.author("alice"));
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void a_save_while_the_database_is_away_says_it_failed_keeps_the_text_and_the_next_save_stores_it()
            throws InterruptedException {
        EditorView view = navigate("admin/posts/new", EditorView.class);
        test(view.title).setValue("끊겨도 남는 글");
        view.content.setValue("<p>첫 문장</p>");
        view.saveNow();
        long id = view.postId();

        try (DatabaseAway outage = DatabaseAway.now(server)) {
            view.content.setValue("<p>첫 문장</p><p>데이터베이스가 없는 동안 쓴 문장</p>");
            view.saveNow();

            assertThat(view.actions.status.getText()).startsWith("저장하지 못했습니다");
            assertThat(test($(Notification.class).last()).getText())
                    .startsWith("데이터베이스에 잠시 연결할 수 없어 저장하지 못했습니다");
            assertThat(view.content.getValue()).contains("데이터베이스가 없는 동안 쓴 문장");
        }

        long deadline = System.nanoTime() + 20_000_000_000L;
        view.saveNow();
        while (view.actions.status.getText().startsWith("저장하지 못했습니다") && System.nanoTime() < deadline) {
            Thread.sleep(250);
            view.saveNow();
        }
        assertThat(view.actions.status.getText()).doesNotStartWith("저장하지 못했습니다");
        assertThat(posts.getForEditing(id).contentHtml()).contains("데이터베이스가 없는 동안 쓴 문장");
    }
}
