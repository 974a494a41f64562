package dev.geul.post;

import java.time.Duration;
import java.time.Instant;

import dev.geul.account.BlogUser;
import dev.geul.base.InvalidInputException;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A writer corrects when a published post went public, as readers then see it; nothing else can. */
@SpringBootTest
class PublishedAtIT {

    @Autowired
    PostEditor posts;
    @Autowired
    PostLists lists;
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

    private long published(String title) {
        clock.advance(Duration.ofMinutes(1));
        return as(alice, () -> posts.publish(posts.create(PostDraft.of(title, "<p>본문</p>")).id())).id();
    }

    @Test
    void a_published_post_is_back_dated_and_takes_its_place_in_the_feed() {
        long older = published("먼저 쓴 글");
        long moved = published("티스토리에서 옮긴 글");
        Instant firstWritten = Instant.parse("2015-05-01T03:00:00Z");

        PostDetail corrected = as(alice, () -> posts.correctPublishedAt(moved, firstWritten));

        assertThat(corrected.publishedAt()).isEqualTo(firstWritten);
        assertThat(corrected.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(asGuest(() -> lists.listPublished(PageRequest.of(0, 10))).getContent())
                .extracting(PostSummary::id).containsExactly(older, moved);
    }

    @Test
    void a_date_is_moved_later_up_to_now_but_never_ahead() {
        long id = published("글");
        clock.advance(Duration.ofDays(2));
        Instant now = clock.instant();

        assertThat(as(alice, () -> posts.correctPublishedAt(id, now)).publishedAt()).isEqualTo(now);
        assertThatThrownBy(() -> as(alice, () -> posts.correctPublishedAt(id, now.plusSeconds(60))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("publishedAt");
                    assertThat(refused.key()).isEqualTo("error.post.publishedat.future");
                });
        assertThatThrownBy(() -> as(alice, () -> posts.correctPublishedAt(id, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.key()).isEqualTo("error.post.publishedat.required"));
        assertThat(as(alice, () -> posts.getForEditing(id)).publishedAt()).isEqualTo(now);
    }

    @Test
    void a_draft_has_no_date_to_correct_and_someone_elses_post_is_not_the_writers_to_correct() {
        long draft = as(alice, () -> posts.create(PostDraft.of("초안", "<p>x</p>")).id());
        long alicesPost = published("앨리스의 글");
        BlogUser bob = fixtures.author("bob");

        assertThatThrownBy(() -> as(alice, () -> posts.correctPublishedAt(draft, clock.instant())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.key()).isEqualTo("error.post.publishedat.notpublished"));
        assertThatThrownBy(() -> as(bob, () -> posts.correctPublishedAt(alicesPost, Instant.EPOCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(alice, () -> posts.getForEditing(draft)).publishedAt()).isNull();
    }
}
