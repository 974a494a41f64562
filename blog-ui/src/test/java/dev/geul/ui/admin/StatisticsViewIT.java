package dev.geul.ui.admin;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.stats.OriginCount;
import dev.geul.stats.PageView;
import dev.geul.stats.PostVisits;
import dev.geul.stats.ReferrerSource;
import dev.geul.stats.VisitRecorder;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

/** The studio opens on the statistics for an admin, and on the posts for an author. */
@SpringBootTest
class StatisticsViewIT extends SpringBrowserlessTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    @Autowired
    BlogFixtures fixtures;
    @Autowired
    PostEditor posts;
    @Autowired
    VisitRecorder recorder;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        recorder.flush();
        jdbc.execute("truncate visit_day, post_visit_day, referrer_day, search_word_day, visit_visitor");
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void an_admin_sees_today_s_visitors_the_posts_read_and_the_search_words() {
        var author = fixtures.author("alice");
        PostDetail post = as(author, () -> posts.publish(posts.create(PostDraft.of("읽힌 글", "<p>본문</p>")).id()));
        recorder.record(new PageView(clock.instant(), post.slug(),
                "https://search.naver.com/search.naver?query=%EC%9D%BD%ED%9E%8C", FIREFOX, "203.0.113.7", "blog"));
        recorder.record(new PageView(clock.instant(), null, null, FIREFOX, "203.0.113.7", "blog"));
        recorder.flush();

        signInAs(fixtures.admin());
        StatisticsView view = navigate("admin", StatisticsView.class);

        assertThat(view.summary.today.getElement().getTextRecursively()).contains("1 visitors").contains("2 page views");
        assertThat(view.posts.getListDataView().getItems().map(PostVisits::title)).containsExactly("읽힌 글");
        assertThat(view.sources.getListDataView().getItems().map(OriginCount::source))
                .containsExactlyInAnyOrder(ReferrerSource.NAVER, ReferrerSource.DIRECT);
        assertThat(view.words.getListDataView().getItems().map(OriginCount::detail)).containsExactly("읽힌");
        assertThat(view.chart.getElement().getProperty("innerHTML", ""))
                .contains("2026-03-01: Page views 2, Visitors 1");

        view.range.setValue(7);

        assertThat(view.posts.getListDataView().getItems().count()).isEqualTo(1);
    }

    @Test
    void an_author_opening_the_studio_goes_on_to_the_posts() {
        signInAs(fixtures.author("bob"));

        navigate("admin", PostsView.class);
    }
}
