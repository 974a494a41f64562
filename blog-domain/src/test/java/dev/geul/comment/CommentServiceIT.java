package dev.geul.comment;

import java.util.List;
import java.util.Set;

import dev.geul.account.BlogUser;
import dev.geul.base.InvalidInputException;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.post.PostLists;
import dev.geul.post.PostSummary;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class CommentServiceIT {

    @Autowired
    CommentService comments;
    @Autowired
    CommentModeration moderation;
    @Autowired
    CommentThreads threads;
    @Autowired
    PostEditor posts;
    @Autowired
    PostLists lists;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    BlogUser alice;
    BlogUser bob;
    PostDetail post;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        alice = fixtures.author("alice");
        bob = fixtures.author("bob");
        post = as(alice, () -> posts.publish(posts.create(PostDraft.of("글", "<p>본문</p>")).id()));
    }

    private CommentView guestComment(String name, String body, Long parentId) {
        return asGuest(() -> comments.add(post.id(), new NewComment(name, body, "pw1234", parentId, false), null,
                "127.0.0.1"));
    }

    @Test
    void replies_come_back_nested_at_any_depth() {
        CommentView root = guestComment("민수", "첫 댓글", null);
        CommentView reply = guestComment("지영", "답글", root.id());
        CommentView deeper = as(alice, () -> comments.add(post.id(), NewComment.signedIn("작성자 답글").replyTo(reply.id()),
                null, null));
        guestComment("철수", "두 번째 댓글", null);

        List<CommentNode> tree = asGuest(() -> threads.tree(post, Set.of()));
        assertThat(tree).extracting(CommentNode::authorName).containsExactly("민수", "철수");
        CommentNode first = tree.getFirst();
        assertThat(first.replies()).extracting(CommentNode::authorName).containsExactly("지영");
        CommentNode third = first.replies().getFirst().replies().getFirst();
        assertThat(third.id()).isEqualTo(deeper.id());
        assertThat(third.authorName()).isEqualTo("Alice");
        assertThat(third.byPostAuthor()).isTrue();
        assertThat(asGuest(() -> lists.listPublished(PageRequest.of(0, 1))).getContent().getFirst().commentCount())
                .isEqualTo(4);
    }

    @Test
    void comment_html_is_escaped_with_line_breaks_and_clickable_links() {
        CommentView view = guestComment("<b>해커</b>", "<script>alert(1)</script>\n좋은 글 https://example.com/a?b=1&c=2.",
                null);

        assertThat(view.authorName()).isEqualTo("해커");
        assertThat(view.bodyHtml()).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;<br>")
                .contains("<a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener\">")
                .endsWith("</a>.");
    }

    @Test
    void a_secret_comment_shows_only_to_the_post_author_and_its_writer() {
        CommentView secret = asGuest(() -> comments.add(post.id(),
                NewComment.guest("비밀손님", "pw1234", "몰래 남기는 말").asSecret(), null, null));

        CommentNode seenByStranger = asGuest(() -> threads.tree(post, Set.of())).getFirst();
        assertThat(seenByStranger.hidden()).isTrue();
        assertThat(seenByStranger.bodyHtml()).isEmpty();
        assertThat(seenByStranger.authorName()).as("who wrote it and when stay").isEqualTo("비밀손님");
        assertThat(seenByStranger.createdAt()).isNotNull();
        assertThat(as(bob, () -> threads.tree(post, Set.of())).getFirst().hidden()).isTrue();

        assertThat(asGuest(() -> threads.tree(post, Set.of(secret.id()))).getFirst().bodyHtml())
                .isEqualTo("몰래 남기는 말");
        assertThat(as(alice, () -> threads.tree(post, Set.of())).getFirst().bodyHtml())
                .isEqualTo("몰래 남기는 말");
    }

    @Test
    void a_secret_answer_shows_only_to_the_commenter_it_answers_and_the_post_author() {
        CommentView secret = asGuest(() -> comments.add(post.id(),
                NewComment.guest("비밀손님", "pw1234", "몰래 묻는 말").asSecret(), null, null));
        CommentView answer = as(alice, () -> moderation.answer(secret.id(), NewComment.signedIn("몰래 하는 답").asSecret(),
                null));
        assertThat(answer.secret()).isTrue();

        CommentNode seenByStranger = asGuest(() -> threads.tree(post, Set.of())).getFirst().replies().getFirst();
        assertThat(seenByStranger.hidden()).isTrue();
        assertThat(seenByStranger.bodyHtml()).isEmpty();
        // who answered and when stay, as on every secret comment; only the words are kept from other readers
        assertThat(seenByStranger.authorName()).isEqualTo("Alice");
        assertThat(as(bob, () -> threads.tree(post, Set.of())).getFirst().replies().getFirst().hidden()).isTrue();

        CommentNode seenByCommenter = asGuest(() -> threads.tree(post, Set.of(secret.id()))).getFirst()
                .replies().getFirst();
        assertThat(seenByCommenter.hidden()).isFalse();
        assertThat(seenByCommenter.bodyHtml()).isEqualTo("몰래 하는 답");
        assertThat(as(alice, () -> threads.tree(post, Set.of())).getFirst().replies().getFirst().bodyHtml())
                .isEqualTo("몰래 하는 답");
    }

    @Test
    void a_secret_answer_to_a_public_comment_reaches_its_commenter_and_no_other_reader() {
        CommentView open = guestComment("민수", "공개 질문", null);
        as(alice, () -> moderation.answer(open.id(), NewComment.signedIn("따로 드리는 답").asSecret(), null));

        assertThat(asGuest(() -> threads.tree(post, Set.of(open.id()))).getFirst().replies().getFirst()
                .bodyHtml()).isEqualTo("따로 드리는 답");
        CommentNode seenByStranger = asGuest(() -> threads.tree(post, Set.of())).getFirst();
        assertThat(seenByStranger.bodyHtml()).isEqualTo("공개 질문");
        assertThat(seenByStranger.replies().getFirst().hidden()).isTrue();
    }

    @Test
    void moderators_count_their_comments_in_each_state() {
        guestComment("민수", "하나", null);
        CommentView second = guestComment("지영", "둘", null);
        as(alice, () -> moderation.moderate(second.id(), CommentStatus.SPAM));
        PostDetail bobsPost = as(bob, () -> posts.publish(posts.create(PostDraft.of("밥의 글", "<p>x</p>")).id()));
        CommentView onBobs = asGuest(() -> comments.add(bobsPost.id(), NewComment.guest("철수", "pw1234", "셋"), null,
                "127.0.0.1"));
        as(bob, () -> moderation.moderate(onBobs.id(), CommentStatus.PENDING));

        ModerationCounts alices = as(alice, () -> moderation.moderationCounts());
        assertThat(alices.of(CommentStatus.APPROVED)).isEqualTo(1);
        assertThat(alices.of(CommentStatus.SPAM)).isEqualTo(1);
        assertThat(alices.of(CommentStatus.PENDING)).isZero();
        assertThat(alices.firstWithComments()).isEqualTo(CommentStatus.APPROVED);
        ModerationCounts admins = as(fixtures.admin(), () -> moderation.moderationCounts());
        assertThat(admins.of(CommentStatus.PENDING)).isEqualTo(1);
        assertThat(admins.firstWithComments()).isEqualTo(CommentStatus.PENDING);
        assertThatThrownBy(() -> asGuest(() -> moderation.moderationCounts()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pending_comments_show_only_to_their_writer_until_approved() {
        // more links than the policy allows holds a guest comment for moderation
        CommentView held = guestComment("광고", "http://a.example http://b.example http://c.example", null);
        assertThat(held.status()).isEqualTo(CommentStatus.PENDING);

        assertThat(asGuest(() -> threads.tree(post, Set.of()))).isEmpty();
        assertThat(asGuest(() -> threads.tree(post, Set.of(held.id()))).getFirst().status())
                .isEqualTo(CommentStatus.PENDING);

        assertThatThrownBy(() -> as(bob, () -> moderation.moderate(held.id(), CommentStatus.APPROVED)))
                .isInstanceOf(AccessDeniedException.class);
        as(alice, () -> moderation.moderate(held.id(), CommentStatus.APPROVED));
        assertThat(asGuest(() -> threads.tree(post, Set.of()))).hasSize(1);
    }

    @Test
    void an_answer_approves_the_waiting_comment_and_a_refused_answer_leaves_it_waiting() {
        CommentView held = guestComment("광고", "http://a.example http://b.example http://c.example", null);

        // comments closed in the meantime: the answer is refused, and the approval with it
        PostDetail current = as(alice, () -> posts.getForEditing(post.id()));
        as(alice, () -> posts.update(post.id(), current.version(), new PostDraft(current.title(), current.slug(),
                current.contentHtml(), null, null, java.util.List.of(), current.visibility(), null, false,
                current.kind(), null, false)));
        assertThatThrownBy(() -> as(alice, () -> moderation.answer(held.id(), NewComment.signedIn("확인했습니다"), null)))
                .isInstanceOf(dev.geul.base.InvalidInputException.class).hasMessageContaining("closed");
        assertThat(as(alice, () -> moderation.moderationQueue(CommentStatus.PENDING,
                org.springframework.data.domain.PageRequest.of(0, 10))).getContent())
                .extracting(CommentView::id).containsExactly(held.id());
        PostDetail closed = as(alice, () -> posts.getForEditing(post.id()));
        as(alice, () -> posts.update(post.id(), closed.version(), new PostDraft(closed.title(), closed.slug(),
                closed.contentHtml(), null, null, java.util.List.of(), closed.visibility(), null, false,
                closed.kind(), null, true)));

        CommentView answer = as(alice, () -> moderation.answer(held.id(), NewComment.signedIn("확인했습니다"), null));

        assertThat(answer.parentId()).isEqualTo(held.id());
        assertThat(asGuest(() -> threads.tree(post, Set.of()))).singleElement().satisfies(node -> {
            assertThat(node.status()).isEqualTo(CommentStatus.APPROVED);
            assertThat(node.replies()).hasSize(1);
        });
        assertThatThrownBy(() -> as(bob, () -> moderation.answer(held.id(), NewComment.signedIn("나도"), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_guest_edits_and_deletes_with_their_password_only() {
        CommentView mine = guestComment("손님", "처음 글", null);

        assertThatThrownBy(() -> asGuest(() -> comments.edit(mine.id(), "wrong", "바꿈")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asGuest(() -> comments.edit(mine.id(), "pw1234", "고친 글")).body()).isEqualTo("고친 글");
        assertThatThrownBy(() -> asGuest(() -> {
            comments.delete(mine.id(), null);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        asGuest(() -> {
            comments.delete(mine.id(), "pw1234");
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class)).isZero();
    }

    @Test
    void guest_passwords_are_stored_hashed() {
        guestComment("손님", "안녕하세요", null);

        String stored = jdbc.queryForObject("select guest_password_hash from comment", String.class);
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("pw1234");
    }

    @Test
    void invalid_comments_get_a_clear_message_and_nothing_is_stored() {
        assertThatThrownBy(() -> guestComment("", "이름 없이", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> asGuest(() -> comments.add(post.id(), NewComment.guest("손님", "12", "짧은 비번"), null,
                null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> guestComment("손님", "   ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused).extracting(InvalidInputException::field, InvalidInputException::key)
                        .containsExactly("body", "error.comment.empty"));
        assertThatThrownBy(() -> guestComment("손님", "가".repeat(Comment.BODY_MAX_LENGTH + 1), null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.key()).isEqualTo("error.comment.long"));
        assertThatThrownBy(() -> guestComment("손님", "답글", 999_999L)).isInstanceOf(InvalidInputException.class);

        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class)).isZero();
    }

    @Test
    void the_same_comment_twice_is_refused() {
        guestComment("손님", "두 번 눌렀어요", null);

        assertThatThrownBy(() -> guestComment("손님", "두 번 눌렀어요", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class)).isOne();
    }

    @Test
    void nobody_comments_on_a_draft() {
        PostDetail draft = as(alice, () -> posts.create(PostDraft.of("초안", "<p>x</p>")));

        assertThatThrownBy(() -> asGuest(() -> comments.add(draft.id(), NewComment.guest("손님", "pw1234", "몰래"), null,
                null))).isInstanceOf(dev.geul.base.NotFoundException.class);
    }

    @Test
    void the_moderation_queue_of_an_author_holds_only_comments_on_their_posts() {
        PostDetail bobsPost = as(bob, () -> posts.publish(posts.create(PostDraft.of("밥의 글", "<p>x</p>")).id()));
        guestComment("광고1", "http://a.example http://b.example http://c.example", null);
        asGuest(() -> comments.add(bobsPost.id(),
                NewComment.guest("광고2", "pw1234", "http://a.example http://b.example http://c.example"), null, null));

        assertThat(as(alice, () -> moderation.moderationQueue(CommentStatus.PENDING, PageRequest.of(0, 10)))
                .map(CommentView::authorName)).containsExactly("광고1");
        assertThat(as(fixtures.admin(), () -> moderation.moderationQueue(CommentStatus.PENDING, PageRequest.of(0, 10)))
                .getTotalElements()).isEqualTo(2);
    }

    @Test
    void summaries_count_only_approved_comments() {
        guestComment("손님", "좋아요", null);
        guestComment("광고", "http://a.example http://b.example http://c.example", null);

        PostSummary summary = asGuest(() -> lists.listPublished(PageRequest.of(0, 1))).getContent().getFirst();
        assertThat(summary.commentCount()).isEqualTo(1);
    }
}
