package dev.geul.reader;

import java.time.Instant;
import java.util.List;

import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentView;
import dev.geul.post.PostKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentLandingTest {

    private static CommentView comment(long id, CommentStatus status) {
        return new CommentView(id, 1, "소개", PostKind.POST, "소개", null, "민지", "좋아요", "<p>좋아요</p>", Instant.EPOCH, status,
                false, true, null);
    }

    @Test
    void a_posted_comment_is_shown_and_a_held_one_leaves_the_reader_at_the_comments() {
        assertThat(CommentLanding.added(PostKind.POST, "여행-기록", comment(7, CommentStatus.APPROVED)))
                .isEqualTo("/posts/%EC%97%AC%ED%96%89-%EA%B8%B0%EB%A1%9D?comment=posted#comment-7");
        assertThat(CommentLanding.added(PostKind.PAGE, "소개", comment(8, CommentStatus.PENDING)))
                .isEqualTo("/pages/%EC%86%8C%EA%B0%9C?comment=held#comments");
        assertThat(CommentLanding.edited(PostKind.PAGE, "about", 9)).isEqualTo("/pages/about?comment=edited#comment-9");
        assertThat(CommentLanding.deleted(PostKind.POST, "trip")).isEqualTo("/posts/trip?comment=deleted#comments");
    }

    @Test
    void every_landing_says_its_own_note_and_nothing_else_says_one() {
        List<String> landings = List.of(CommentLanding.added(PostKind.POST, "a", comment(1, CommentStatus.APPROVED)),
                CommentLanding.added(PostKind.POST, "a", comment(1, CommentStatus.PENDING)),
                CommentLanding.edited(PostKind.POST, "a", 1), CommentLanding.deleted(PostKind.POST, "a"));

        assertThat(landings).map(landing -> CommentLanding.noteKey(landing.replaceAll(".*\\?comment=|#.*", "")))
                .containsExactly("comment.posted", "comment.held", "reader.comment.edited", "comment.deleted");
        assertThat(CommentLanding.noteKey(null)).isNull();
        assertThat(CommentLanding.noteKey("<script>")).isNull();
    }
}
