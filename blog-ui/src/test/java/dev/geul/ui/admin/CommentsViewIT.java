package dev.geul.ui.admin;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import dev.geul.account.BlogUser;
import dev.geul.comment.CommentModeration;
import dev.geul.comment.CommentNode;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentThreads;
import dev.geul.comment.CommentView;
import dev.geul.comment.NewComment;
import dev.geul.post.PostDetail;
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
    CommentModeration moderation;
    @Autowired
    CommentThreads threads;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;

    BlogUser alice;
    PostDetail post;
    long waiting;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        alice = fixtures.author("alice");
        post = as(alice, () -> posts.publish(posts.create(PostDraft.of("회고", "<p>본문</p>")).id()));
        waiting = asGuest(() -> comments.add(post.id(), NewComment.guest("민수", "pw1234", "링크 많은 댓글"), null,
                "203.0.113.7")).id();
        as(fixtures.admin(), () -> moderation.moderate(waiting, CommentStatus.PENDING));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        signInAs(alice);
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    private List<Long> queue(CommentStatus status) {
        return moderation.moderationQueue(status, PageRequest.of(0, 10)).map(CommentView::id).getContent();
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
        List<CommentNode> seenByGuest = asGuest(() -> threads.tree(post, Set.of()));
        assertThat(seenByGuest).extracting(CommentNode::bodyHtml).containsExactly("링크 많은 댓글");
    }

    @Test
    void each_comment_links_to_where_readers_read_it_a_pages_comment_to_the_page() {
        PostDetail about = as(alice, () -> posts.publish(posts.create(
                PostDraft.of("소개", "<p>저는</p>").withSlug("about").asPage(null)).id()));
        long onPage = asGuest(() -> comments.add(about.id(), NewComment.guest("지수", "pw1234", "반가워요"), null,
                "203.0.113.8")).id();
        as(fixtures.admin(), () -> moderation.moderate(onPage, CommentStatus.PENDING));

        CommentsView view = navigate(CommentsView.class);

        assertThat(test(view.grid).size()).isEqualTo(2);
        java.util.Map<String, String> linkByComment = new java.util.HashMap<>();
        for (int row = 0; row < 2; row++) {
            com.vaadin.flow.component.html.Anchor link = (com.vaadin.flow.component.html.Anchor)
                    test(view.grid).getCellComponent(row, 1);
            linkByComment.put(test(view.grid).getRow(row).body(), link.getHref());
        }
        assertThat(linkByComment).containsEntry("반가워요", "/pages/about#comments")
                .containsEntry("링크 많은 댓글", "/posts/%ED%9A%8C%EA%B3%A0#comments");
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
        assertThat(asGuest(() -> threads.tree(post, Set.of()))).isEmpty();
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

        List<CommentNode> thread = asGuest(() -> threads.tree(post, Set.of()));
        assertThat(thread).singleElement().satisfies(comment -> {
            assertThat(comment.status()).isEqualTo(CommentStatus.APPROVED);
            assertThat(comment.replies()).singleElement().satisfies(answer -> {
                assertThat(answer.authorName()).isEqualTo("Alice");
                assertThat(answer.byPostAuthor()).isTrue();
                assertThat(answer.bodyHtml()).isEqualTo("고맙습니다!");
            });
        });
    }

    private Button button(CommentsView view, int row, String text) {
        return test(view.grid).getCellComponent(row, 2).getChildren().map(Button.class::cast)
                .filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void every_tab_shows_its_count_and_the_counts_follow_each_action() {
        CommentsView view = navigate(CommentsView.class);
        assertThat(view.tabs.getSelectedTab()).isSameAs(view.pendingTab);
        assertThat(view.pendingTab.getLabel()).isEqualTo("Waiting 1");
        assertThat(view.approvedTab.getLabel()).isEqualTo("Approved 0");
        assertThat(view.spamTab.getLabel()).isEqualTo("Spam 0");

        test(button(view, 0, "Approve")).click();

        assertThat(view.pendingTab.getLabel()).isEqualTo("Waiting 0");
        assertThat(view.approvedTab.getLabel()).isEqualTo("Approved 1");
        test(view.tabs).select(1);
        test(button(view, 0, "Spam")).click();
        assertThat(view.approvedTab.getLabel()).isEqualTo("Approved 0");
        assertThat(view.spamTab.getLabel()).isEqualTo("Spam 1");
    }

    @Test
    void with_nothing_waiting_the_page_opens_on_the_tab_that_has_comments() {
        as(alice, () -> moderation.moderate(waiting, CommentStatus.SPAM));

        CommentsView view = navigate(CommentsView.class);

        assertThat(view.tabs.getSelectedTab()).isSameAs(view.spamTab);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).id()).isEqualTo(waiting);
    }

    @Test
    void a_reply_to_a_secret_comment_is_secret_by_default_and_hidden_from_other_readers() {
        long secret = asGuest(() -> comments.add(post.id(), NewComment.guest("비밀손님", "pw1234", "몰래 묻는 말").asSecret(),
                null, "203.0.113.8")).id();
        CommentsView view = navigate(CommentsView.class);
        test(view.tabs).select(1);
        assertThat(test(view.grid).getRow(0).id()).isEqualTo(secret);

        test(button(view, 0, "Reply")).click();
        Dialog dialog = $(Dialog.class).single();
        Checkbox secretReply = $(Checkbox.class, dialog).single();
        assertThat(secretReply.getLabel()).startsWith("Secret reply");
        assertThat(secretReply.getValue()).isTrue();
        test($(TextArea.class, dialog).single()).setValue("따로 드리는 답");
        test($(Button.class, dialog).withText("Post comment").single()).click();

        CommentNode seenByStranger = asGuest(() -> threads.tree(post, Set.of())).stream()
                .filter(node -> node.id() == secret).findFirst().orElseThrow();
        assertThat(seenByStranger.replies()).singleElement().satisfies(answer -> {
            assertThat(answer.hidden()).isTrue();
            assertThat(answer.bodyHtml()).isEmpty();
        });
        CommentNode seenByCommenter = asGuest(() -> threads.tree(post, Set.of(secret))).stream()
                .filter(node -> node.id() == secret).findFirst().orElseThrow();
        assertThat(seenByCommenter.replies().getFirst().bodyHtml()).isEqualTo("따로 드리는 답");
    }

    @Test
    void the_author_may_make_a_reply_to_a_public_comment_secret() {
        CommentsView view = navigate(CommentsView.class);
        test(button(view, 0, "Reply")).click();
        Dialog dialog = $(Dialog.class).single();
        Checkbox secretReply = $(Checkbox.class, dialog).single();
        assertThat(secretReply.getValue()).isFalse();

        test(secretReply).click();
        test($(TextArea.class, dialog).single()).setValue("메일로 연락드릴게요");
        test($(Button.class, dialog).withText("Post comment").single()).click();

        CommentNode answered = asGuest(() -> threads.tree(post, Set.of())).getFirst();
        assertThat(answered.bodyHtml()).isEqualTo("링크 많은 댓글");
        assertThat(answered.replies().getFirst().hidden()).isTrue();
        assertThat(asGuest(() -> threads.tree(post, Set.of(waiting))).getFirst().replies().getFirst().bodyHtml())
                .isEqualTo("메일로 연락드릴게요");
    }

    @Test
    void another_author_does_not_see_comments_on_alices_posts() {
        signInAs(fixtures.author("bob"));

        CommentsView view = navigate(CommentsView.class);

        assertThat(test(view.grid).size()).isZero();
    }
}
