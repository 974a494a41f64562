package dev.geul.ui.admin;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import dev.geul.account.BlogUser;
import dev.geul.post.PostDraft;
import dev.geul.post.PostFilter;
import dev.geul.post.PostEditor;
import dev.geul.post.PostStatus;
import dev.geul.post.PostSummary;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class PostsViewIT extends SpringBrowserlessTest {

    @Autowired
    PostEditor posts;
    @Autowired
    dev.geul.post.PostLikes likes;
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
        BlogUser bob = fixtures.author("bob");
        as(bob, () -> posts.create(PostDraft.of("밥의 초안", "<p>b</p>")));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        signInAs(alice);
        for (int i = 1; i <= 3; i++) {
            posts.create(PostDraft.of("초안 " + i, "<p>" + i + "</p>"));
            clock.advance(java.time.Duration.ofMinutes(1));
        }
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void an_author_sees_only_their_posts_and_filters_them_by_text_and_status() {
        PostsView view = navigate(PostsView.class);
        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(test(view.grid).getRow(0).title()).isEqualTo("초안 3");

        test(view.text).setValue("초안 2");
        assertThat(test(view.grid).size()).isEqualTo(1);

        test(view.text).setValue("");
        test(view.status).selectItem("Published");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void the_author_sees_how_many_readers_pressed_공감_on_each_post() {
        long liked = posts.publish(posts.create(PostDraft.of("공감 받은 글", "<p>좋아요</p>")).id()).id();
        likes.like(liked, "10.0.0.1", "Firefox");
        likes.like(liked, "10.0.0.2", "Safari");

        PostsView view = navigate(PostsView.class);

        int column = java.util.stream.IntStream.range(0, view.grid.getColumns().size())
                .filter(i -> "Likes".equals(test(view.grid).getHeaderCell(i))).findFirst().orElseThrow();
        assertThat(test(view.grid).getRow(0).title()).isEqualTo("공감 받은 글");
        assertThat(test(view.grid).getCellText(0, column)).isEqualTo("2");
        assertThat(test(view.grid).getCellText(1, column)).isEqualTo("0");
    }

    @Test
    void selected_posts_are_published_trashed_restored_and_deleted_forever_after_confirming() {
        PostsView view = navigate(PostsView.class);
        test(view.grid).select(0);
        test(view.grid).select(1);
        test(view.publish).click();
        assertThat(posts.manage(new PostFilter(PostStatus.PUBLISHED, null, null, false, null), PageRequest.of(0, 10))
                .map(PostSummary::title)).containsExactlyInAnyOrder("초안 3", "초안 2");

        test(view.grid).select(0);
        test(view.trash).click();
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(view.tabs).select(2);
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.grid).select(0);
        test(view.deleteForever).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        test(confirm).confirm();

        assertThat(test(view.grid).size()).isZero();
        assertThat(posts.manage(PostFilter.all(), PageRequest.of(0, 10)).getTotalElements()).isEqualTo(2);
    }

    @Test
    void an_admin_gives_selected_posts_to_the_account_of_their_writer_and_an_author_cannot() {
        signInAs(fixtures.admin());
        PostsView view = navigate(PostsView.class);
        assertThat(view.giveTo.isEnabled()).isFalse();
        int bobsRow = -1;
        for (int row = 0; row < test(view.grid).size(); row++) {
            if (test(view.grid).getRow(row).title().equals("밥의 초안")) {
                bobsRow = row;
            }
        }
        test(view.grid).select(bobsRow);
        test(view.giveTo).click();
        GivePostsDialog dialog = $(GivePostsDialog.class).single();
        test(dialog.receiver).selectItem("Alice (alice)");
        test(dialog.give).click();

        assertThat(dialog.isOpened()).isFalse();
        signInAs(alice);
        assertThat(posts.manage(new PostFilter(null, null, "밥의 초안", false, null), PageRequest.of(0, 10))
                .map(PostSummary::authorName)).containsExactly("Alice");

        navigate(AccountsView.class);
        PostsView authorsView = navigate(PostsView.class);
        assertThat(authorsView).isNotSameAs(view);
        assertThat(authorsView.giveTo.isVisible()).isFalse();
    }
}
