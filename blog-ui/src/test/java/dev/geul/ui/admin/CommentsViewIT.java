package dev.geul.ui.admin;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import dev.geul.account.BlogUser;
import dev.geul.comment.CommentNode;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentView;
import dev.geul.comment.NewComment;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class CommentsViewIT extends SpringBrowserlessTest {

    @Autowired
    PostEditor posts;
    @Autowired
    CommentService comments;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;

    BlogUser alice;
    long postId;
    long waiting;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        alice = fixtures.author("alice");
        postId = as(alice, () -> posts.publish(posts.create(PostDraft.of("회고", "<p>본문</p>")).id()).id());
        waiting = asGuest(() -> comments.add(postId, NewComment.guest("민수", "pw1234", "링크 많은 댓글"), null,
                "203.0.113.7")).id();
        as(fixtures.admin(), () -> comments.moderate(waiting, CommentStatus.PENDING));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        signInAs(alice);
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    private List<Long> queue(CommentStatus status) {
        return comments.moderationQueue(status, PageRequest.of(0, 10)).map(CommentView::id).getContent();
    }

    @Test
    void the_author_approves_a_waiting_comment_and_readers_then_see_it() {
        CommentsView view = navigate(CommentsView.class);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).body()).isEqualTo("링크 많은 댓글");

        Button approve = (Button) test(view.grid).getCellComponent(0, 2).getChildren().findFirst().orElseThrow();
        assertThat(approve.getText()).isEqualTo("Approve");
        test(approve).click();

        assertThat(queue(CommentStatus.APPROVED)).containsExactly(waiting);
        assertThat(test(view.grid).size()).isZero();
        List<CommentNode> seenByGuest = asGuest(() -> comments.tree(postId, Set.of()));
        assertThat(seenByGuest).extracting(CommentNode::bodyHtml).containsExactly("링크 많은 댓글");
    }

    @Test
    void spam_goes_to_the_spam_tab_and_away_from_readers() {
        CommentsView view = navigate(CommentsView.class);
        Button spam = test(view.grid).getCellComponent(0, 2).getChildren().map(Button.class::cast)
                .filter(button -> button.getText().equals("Spam")).findFirst().orElseThrow();
        test(spam).click();

        assertThat(queue(CommentStatus.SPAM)).containsExactly(waiting);
        test(view.tabs).select(2);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(asGuest(() -> comments.tree(postId, Set.of()))).isEmpty();
    }

    @Test
    void the_author_replies_as_themselves_and_the_comment_answered_is_approved() {
        CommentsView view = navigate(CommentsView.class);
        Button reply = test(view.grid).getCellComponent(0, 2).getChildren().map(Button.class::cast)
                .filter(button -> button.getText().equals("Reply")).findFirst().orElseThrow();
        test(reply).click();

        Dialog dialog = $(Dialog.class).single();
        test($(TextArea.class, dialog).single()).setValue("고맙습니다!");
        test($(Button.class, dialog).withText("Post comment").single()).click();

        List<CommentNode> thread = asGuest(() -> comments.tree(postId, Set.of()));
        assertThat(thread).singleElement().satisfies(comment -> {
            assertThat(comment.status()).isEqualTo(CommentStatus.APPROVED);
            assertThat(comment.replies()).singleElement().satisfies(answer -> {
                assertThat(answer.authorName()).isEqualTo("Alice");
                assertThat(answer.byPostAuthor()).isTrue();
                assertThat(answer.bodyHtml()).isEqualTo("고맙습니다!");
            });
        });
    }

    @Test
    void another_author_does_not_see_comments_on_alices_posts() {
        signInAs(fixtures.author("bob"));

        CommentsView view = navigate(CommentsView.class);

        assertThat(test(view.grid).size()).isZero();
    }
}
