package dev.geul.post;

import java.time.Duration;
import java.util.List;

import dev.geul.account.BlogUser;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An author sees every text a post had, what changed, and brings an old one back without losing the newer. */
@SpringBootTest
class PostHistoryIT {

    @Autowired
    PostEditor posts;
    @Autowired
    PostHistory history;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    BlogUser alice;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        alice = fixtures.author("alice");
    }

    private PostDetail autosave(PostDetail post, String html) {
        clock.advance(Duration.ofMinutes(1));
        return as(alice, () -> posts.autosave(post.id(), post.version(), post.toDraft().withText(post.title(), html)));
    }

    private PostDetail save(PostDetail post, String html) {
        clock.advance(Duration.ofMinutes(1));
        return as(alice, () -> posts.update(post.id(), post.version(), post.toDraft().withText(post.title(), html)));
    }

    @Test
    void the_diff_names_the_changed_words_and_a_restore_is_a_new_save_of_the_earlier_text() {
        PostDetail first = as(alice, () -> posts.publish(posts.create(PostDraft.of("회고",
                "<p>회사에서 쿠버네티스를 배웠다.</p>")).id()));
        PostDetail second = save(first, "<p>회사에서 도커를 배웠다.</p>");
        List<RevisionView> revisions = as(alice, () -> history.revisions(first.id()));
        assertThat(revisions).extracting(RevisionView::reason).containsExactly(PostRevision.Reason.UPDATE,
                PostRevision.Reason.PUBLISH, PostRevision.Reason.DRAFT);
        RevisionView published = revisions.get(1);
        assertThat(published.contentHtml()).contains("쿠버네티스를");
        assertThat(published.savedBy()).isEqualTo(alice.displayName());

        RevisionDiff diff = as(alice, () -> history.diff(first.id(), published.id(), null));

        assertThat(diff.text()).filteredOn(segment -> segment.change() == RevisionDiff.Change.REMOVED)
                .extracting(RevisionDiff.Segment::text).containsExactly("쿠버네티스를");
        assertThat(diff.text()).filteredOn(segment -> segment.change() == RevisionDiff.Change.ADDED)
                .extracting(RevisionDiff.Segment::text).containsExactly("도커를");

        long restored = as(alice, () -> history.restore(first.id(), published.id(), second.version()));

        PostDetail now = as(alice, () -> posts.getForEditing(first.id()));
        assertThat(now.contentHtml()).contains("쿠버네티스를");
        assertThat(now.version()).isEqualTo(restored).isGreaterThan(second.version());
        assertThat(as(alice, () -> history.revisions(first.id()))).extracting(RevisionView::reason,
                revision -> revision.contentHtml().contains("쿠버네티스를"))
                .startsWith(org.assertj.core.groups.Tuple.tuple(PostRevision.Reason.REVERT, true),
                        org.assertj.core.groups.Tuple.tuple(PostRevision.Reason.UPDATE, false));
    }

    @Test
    void every_kind_of_save_leaves_an_entry_even_when_the_text_did_not_change() {
        PostDetail created = as(alice, () -> posts.createAutosaved(PostDraft.of("일기", "<p>하나</p>")));
        PostDetail autosaved = autosave(created, "<p>하나 둘</p>");
        autosaved = autosave(autosaved, "<p>하나 둘 셋</p>");
        PostDetail draft = save(autosaved, "<p>하나 둘 셋</p>");
        clock.advance(Duration.ofMinutes(1));
        PostDetail published = as(alice, () -> posts.publish(draft.id()));
        PostDetail updated = save(published, "<p>하나 둘 셋 넷</p>");
        clock.advance(Duration.ofMinutes(1));
        as(alice, () -> posts.schedule(updated.id(), clock.instant().plus(Duration.ofDays(1))));

        List<RevisionView> entries = as(alice, () -> history.revisions(created.id()));

        assertThat(entries).extracting(RevisionView::reason).containsExactly(PostRevision.Reason.SCHEDULE,
                PostRevision.Reason.UPDATE, PostRevision.Reason.PUBLISH, PostRevision.Reason.DRAFT,
                PostRevision.Reason.AUTOSAVE, PostRevision.Reason.AUTOSAVE, PostRevision.Reason.AUTOSAVE);
        assertThat(entries).extracting(RevisionView::contentHtml).containsExactly("<p>하나 둘 셋 넷</p>",
                "<p>하나 둘 셋 넷</p>", "<p>하나 둘 셋</p>", "<p>하나 둘 셋</p>", "<p>하나 둘 셋</p>", "<p>하나 둘</p>",
                "<p>하나</p>");
        assertThat(entries).extracting(RevisionView::savedBy).containsOnly(alice.displayName());
    }

    @Test
    void a_post_without_a_history_keeps_the_text_it_had_before_its_first_save() {
        PostDetail imported = as(alice, () -> posts.create(PostDraft.of("옮겨 온 글", "<p>티스토리에서 쓴 글</p>")));
        // as a post imported from another blog: no save of it in the history
        jdbc.update("delete from post_revision where post_id = ?", imported.id());

        save(imported, "<p>여기서 고친 글</p>");

        assertThat(as(alice, () -> history.revisions(imported.id()))).extracting(RevisionView::reason,
                RevisionView::contentHtml).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PostRevision.Reason.DRAFT, "<p>여기서 고친 글</p>"),
                org.assertj.core.groups.Tuple.tuple(PostRevision.Reason.EDIT, "<p>티스토리에서 쓴 글</p>"));
    }

    @Test
    void a_restore_based_on_a_stale_version_changes_nothing() {
        PostDetail first = as(alice, () -> posts.create(PostDraft.of("글", "<p>하나</p>")));
        PostDetail second = save(first, "<p>둘</p>");
        save(second, "<p>셋</p>");
        long revision = as(alice, () -> history.revisions(first.id())).getLast().id();

        assertThatThrownBy(() -> as(alice, () -> history.restore(first.id(), revision, second.version())))
                .isInstanceOf(EditConflictException.class);
        assertThat(as(alice, () -> posts.getForEditing(first.id())).contentHtml()).contains("셋");
    }

    @Test
    void old_autosaves_are_thinned_out_but_never_the_newest_nor_any_manual_save() {
        PostDetail post = as(alice, () -> posts.publish(posts.create(PostDraft.of("글", "<p>처음</p>")).id()));
        PostDetail saved = save(post, "<p>손으로 저장</p>");
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            String html = "<p>자동 저장 " + i + "</p>";
            as(alice, () -> posts.autosave(post.id(), saved.version(), saved.toDraft().withText("글", html)));
        }
        clock.advance(Duration.ofDays(31));

        int removed = history.thinOutAutosaves();

        assertThat(removed).isEqualTo(2);
        assertThat(as(alice, () -> history.revisions(post.id()))).extracting(RevisionView::reason)
                .containsExactly(PostRevision.Reason.AUTOSAVE, PostRevision.Reason.UPDATE,
                        PostRevision.Reason.PUBLISH, PostRevision.Reason.DRAFT);
        assertThat(as(alice, () -> history.revisions(post.id()))).anySatisfy(revision ->
                assertThat(revision.contentHtml()).contains("자동 저장 2"));
    }
}
