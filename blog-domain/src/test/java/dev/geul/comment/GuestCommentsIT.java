package dev.geul.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Function;

import dev.geul.account.BlogUser;
import dev.geul.base.InvalidInputException;
import dev.geul.base.PasswordAttempts;
import dev.geul.base.RateLimitedException;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.post.Visibility;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Guests' comments under first-time moderation: their passwords cannot be guessed, old hashes are renewed, an
 * approved comment cannot be edited into spam, a copied name earns no trust, and closed posts stay closed.
 */
@SpringBootTest(properties = "geul.comments.moderation=first-time")
class GuestCommentsIT {

    static final String PASSWORD = "pw1234";

    @Autowired
    CommentService comments;
    @Autowired
    CommentModeration moderation;
    @Autowired
    CommentThreads threads;
    @Autowired
    PostEditor posts;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    BlogUser alice;
    PostDetail post;
    int client;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        // a day on, the comment budgets of earlier tests are full again
        clock.advance(Duration.ofDays(1));
        alice = fixtures.author("alice");
        post = as(alice, () -> posts.publish(posts.create(PostDraft.of("글", "<p>본문</p>")).id()));
    }

    /** Each comment from its own address, so that the comment flood limit stays out of the way. */
    private CommentView comment(String name, String password, String body) {
        client++;
        return asGuest(() -> comments.add(post.id(), NewComment.guest(name, password, body), null,
                "192.0.2." + client));
    }

    private CommentView approved(String name, String password, String body) {
        CommentView written = comment(name, password, body);
        return as(alice, () -> moderation.moderate(written.id(), CommentStatus.APPROVED));
    }

    private CommentStatus status(long commentId) {
        return CommentStatus.valueOf(jdbc.queryForObject("select status from comment where id = ?", String.class,
                commentId));
    }

    @Test
    void guessing_a_comment_password_is_stopped_for_that_client_while_its_writer_still_edits() {
        CommentView mine = approved("민수", PASSWORD, "처음 글");

        RateLimitedException limited = null;
        int wrong = 0;
        for (int i = 0; i < 200 && limited == null; i++) {
            String guess = "guess-" + i;
            try {
                asGuest(() -> comments.edit(mine.id(), guess, "스팸", "198.51.100.9"));
            } catch (AccessDeniedException e) {
                wrong++;
            } catch (RateLimitedException e) {
                limited = e;
            }
        }

        assertThat(limited).isNotNull();
        assertThat(limited.key()).isEqualTo(PasswordAttempts.REFUSAL_KEY);
        assertThat(wrong).isLessThanOrEqualTo(10);
        assertThatThrownBy(() -> asGuest(() -> {
            comments.delete(mine.id(), PASSWORD, "198.51.100.9");
            return null;
        })).isInstanceOf(RateLimitedException.class);
        assertThat(asGuest(() -> comments.edit(mine.id(), PASSWORD, "고친 글", "203.0.113.5")).body())
                .isEqualTo("고친 글");
    }

    @Test
    void an_imported_md5_hash_opens_with_the_right_password_and_is_stored_again_with_the_blogs_encoder()
            throws Exception {
        CommentView imported = comment("티스토리 손님", PASSWORD, "옮겨 온 댓글");
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest(PASSWORD.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("update comment set guest_password_hash = ? where id = ?", "{MD5}" + md5, imported.id());

        assertThatThrownBy(() -> asGuest(() -> comments.edit(imported.id(), "wrong", "x", "203.0.113.6")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select guest_password_hash from comment where id = ?", String.class,
                imported.id())).as("a wrong password renews nothing").startsWith("{MD5}");

        asGuest(() -> comments.edit(imported.id(), PASSWORD, "고친 댓글", "203.0.113.6"));

        String renewed = jdbc.queryForObject("select guest_password_hash from comment where id = ?", String.class,
                imported.id());
        assertThat(renewed).startsWith("{bcrypt}").doesNotContain(md5);
        assertThat(asGuest(() -> comments.edit(imported.id(), PASSWORD, "또 고침", "203.0.113.6")).body())
                .isEqualTo("또 고침");
    }

    @Test
    void a_stranger_who_copies_a_trusted_name_waits_for_approval_and_the_guest_with_the_password_does_not() {
        approved("민수", PASSWORD, "승인된 첫 댓글");

        CommentView copied = comment("민수", "other-password", "이름만 따라 쓴 댓글");
        CommentView known = comment("민수", PASSWORD, "다시 온 손님");
        CommentView newcomer = comment("지영", PASSWORD, "처음 온 손님");

        assertThat(copied.status()).isEqualTo(CommentStatus.PENDING);
        assertThat(known.status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(newcomer.status()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void an_approved_comment_edited_by_its_guest_goes_back_to_moderation() {
        CommentView first = approved("민수", PASSWORD, "좋은 글 감사합니다");

        asGuest(() -> comments.edit(first.id(), PASSWORD, "싼 광고 전화 주세요",
                "203.0.113.7"));

        assertThat(status(first.id())).as("it vouches not for its own new text").isEqualTo(CommentStatus.PENDING);
        assertThat(asGuest(() -> threads.tree(post, java.util.Set.of()))).isEmpty();
    }

    @Test
    void a_known_guest_edits_without_links_and_stays_approved_but_an_edit_never_approves() {
        approved("민수", PASSWORD, "첫 댓글");
        CommentView second = approved("민수", PASSWORD, "둘째 댓글");
        CommentView waiting = comment("지영", PASSWORD, "기다리는 댓글");

        asGuest(() -> comments.edit(second.id(), PASSWORD, "고친 둘째 댓글", "203.0.113.8"));
        asGuest(() -> comments.edit(waiting.id(), PASSWORD, "고친 댓글", "203.0.113.8"));

        assertThat(status(second.id())).isEqualTo(CommentStatus.APPROVED);
        assertThat(status(waiting.id())).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void a_guest_cannot_change_comments_on_a_post_that_was_closed_hidden_trashed_or_unpublished() {
        assertRefused(detail -> {
            PostDraft draft = detail.toDraft();
            return as(alice, () -> posts.update(detail.id(), detail.version(), new PostDraft(draft.title(),
                    draft.slug(), draft.contentHtml(), draft.excerpt(), draft.categoryId(), draft.tags(),
                    draft.visibility(), draft.password(), draft.sticky(), draft.kind(), draft.parentId(), false)));
        }, "error.comment.closed");
        assertRefused(detail -> as(alice, () -> posts.update(detail.id(), detail.version(),
                detail.toDraft().withVisibility(Visibility.PRIVATE, null))), "error.comment.postGone");
        assertRefused(detail -> as(alice, () -> posts.unpublish(detail.id())), "error.comment.postGone");
        assertRefused(detail -> {
            as(alice, () -> {
                posts.trash(detail.id());
                return null;
            });
            return detail;
        }, "error.comment.postGone");
    }

    private void assertRefused(Function<PostDetail, PostDetail> change, String key) {
        post = as(alice, () -> posts.publish(posts.create(PostDraft.of("글 " + client, "<p>본문</p>")).id()));
        CommentView mine = approved("민수", PASSWORD, "댓글 " + client);
        change.apply(as(alice, () -> posts.getForEditing(post.id())));

        assertThatThrownBy(() -> asGuest(() -> comments.edit(mine.id(), PASSWORD, "고침", "203.0.113.9")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.key()).isEqualTo(key));
        assertThatThrownBy(() -> asGuest(() -> {
            comments.delete(mine.id(), PASSWORD, "203.0.113.9");
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.key()).isEqualTo(key));
        as(alice, () -> {
            comments.delete(mine.id(), null);
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from comment where id = ?", Long.class, mine.id()))
                .as("the post's author still cleans up").isZero();
    }
}
