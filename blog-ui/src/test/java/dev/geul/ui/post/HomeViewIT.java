package dev.geul.ui.post;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dev.geul.account.BlogUser;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class HomeViewIT extends SpringBrowserlessTest {

    @Autowired
    PostEditor posts;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;

    BlogUser alice;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        alice = fixtures.author("alice");
    }

    @Test
    void a_guest_sees_published_posts_with_korean_dates_and_not_drafts() {
        as(alice, () -> posts.publish(posts.create(PostDraft.of("첫 회고", "<p>회사에서 배운 것</p>")).id()));
        as(alice, () -> posts.create(PostDraft.of("아직 초안", "<p>비공개</p>")));
        UI.getCurrent().setLocale(Locale.KOREAN);

        navigate(HomeView.class);

        String feed = $(PostList.class).single().getElement().getProperty("innerHTML");
        assertThat(feed).contains(">첫 회고</a>").doesNotContain("아직 초안")
                .contains("<span class=\"geul-meta\">2026.03.01 · 댓글 0</span>");
    }

    @Test
    void an_empty_blog_says_so() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(HomeView.class);

        assertThat($(PostList.class).single().getElement().getProperty("innerHTML"))
                .contains("Nothing has been published yet.");
    }

    @Test
    void titles_written_by_authors_are_shown_as_text_not_markup() {
        as(alice, () -> posts.publish(posts.create(PostDraft.of("a < b & \"c\"", "<p>x</p>")).id()));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(HomeView.class);

        assertThat($(PostList.class).single().getElement().getProperty("innerHTML"))
                .contains(">a &lt; b &amp; &quot;c&quot;</a>");
    }
}
