package dev.geul.comment;

import dev.geul.account.BlogUser;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What came in since a writer last looked at the comments, and looking clearing it. */
@SpringBootTest
class UnreadCommentsIT {

    @Autowired
    UnreadComments unread;
    @Autowired
    CommentService comments;
    @Autowired
    PostEditor posts;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;

    BlogUser admin;
    BlogUser alice;
    BlogUser bob;
    PostDetail alices;
    PostDetail bobs;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        admin = fixtures.admin();
        alice = fixtures.author("alice");
        bob = fixtures.author("bob");
        alices = as(alice, () -> posts.publish(posts.create(PostDraft.of("앨리스의 글", "<p>본문</p>")).id()));
        bobs = as(bob, () -> posts.publish(posts.create(PostDraft.of("밥의 글", "<p>본문</p>")).id()));
    }

    private void guest(PostDetail post, String body) {
        clock.advance(java.time.Duration.ofMinutes(1));
        asGuest(() -> comments.add(post.id(), new NewComment("손님", body, "pw1234", null, false), null,
                "203.0.113.7"));
    }

    @Test
    void new_and_waiting_comments_count_until_the_writer_looks_and_only_on_posts_they_moderate() {
        guest(alices, "좋은 글");
        guest(alices, "http://a.example http://b.example http://c.example");
        guest(bobs, "밥에게");
        as(alice, () -> comments.add(alices.id(), NewComment.signedIn("제 답글"), null, "203.0.113.8"));

        assertThat(as(alice, () -> unread.counts())).isEqualTo(new UnreadComments.Counts(1, 1));
        assertThat(as(admin, () -> unread.counts())).isEqualTo(new UnreadComments.Counts(3, 1));

        clock.advance(java.time.Duration.ofMinutes(1));
        as(alice, () -> unread.markSeen());
        assertThat(as(alice, () -> unread.counts()).total()).isZero();
        assertThat(as(admin, () -> unread.counts()).total()).as("each writer looks for themselves").isEqualTo(4);

        guest(alices, "또 왔어요");
        assertThat(as(alice, () -> unread.counts())).isEqualTo(new UnreadComments.Counts(1, 0));
        assertThatThrownBy(() -> asGuest(() -> unread.counts())).isInstanceOf(AccessDeniedException.class);
    }
}
