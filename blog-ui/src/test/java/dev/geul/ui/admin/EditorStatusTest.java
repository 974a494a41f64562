package dev.geul.ui.admin;

import dev.geul.post.PostStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditorStatusTest {

    private static EditorStatus.Standing draft(boolean unsaved, String savedAt) {
        return new EditorStatus.Standing(false, false, PostStatus.DRAFT, unsaved, false, false, false, false, false,
                savedAt);
    }

    @Test
    void a_new_post_offers_to_save_a_draft_and_publish_and_has_nothing_to_trash() {
        EditorStatus shown = EditorStatus.of(new EditorStatus.Standing(true, false, PostStatus.DRAFT, false, false,
                false, false, false, false, null));

        assertThat(shown.saveKey()).isEqualTo("editor.savedraft");
        assertThat(shown.publishKey()).isEqualTo("editor.publish");
        assertThat(shown.publishShown()).isTrue();
        assertThat(shown.unpublishShown()).isFalse();
        assertThat(shown.trashShown()).isFalse();
        assertThat(shown.statusKey()).isEqualTo("editor.status.new");
    }

    @Test
    void a_live_post_is_updated_can_be_taken_back_and_says_when_it_was_saved() {
        EditorStatus shown = EditorStatus.of(new EditorStatus.Standing(false, true, PostStatus.PUBLISHED, false,
                false, false, false, false, false, "14:05"));

        assertThat(shown.saveKey()).isEqualTo("editor.update");
        assertThat(shown.publishShown()).isFalse();
        assertThat(shown.unpublishShown()).isTrue();
        assertThat(shown.trashShown()).isTrue();
        assertThat(shown.statusKey()).isEqualTo("editor.status.live.published");
        assertThat(shown.statusTime()).isEqualTo("14:05");
    }

    @Test
    void a_live_post_with_a_time_chosen_offers_to_schedule() {
        EditorStatus shown = EditorStatus.of(new EditorStatus.Standing(false, true, PostStatus.PUBLISHED, false,
                false, false, false, false, true, null));

        assertThat(shown.publishKey()).isEqualTo("editor.schedule");
        assertThat(shown.publishShown()).isTrue();
    }

    @Test
    void unsaved_text_says_why_the_last_save_did_not_keep_it() {
        assertThat(EditorStatus.of(draft(true, "09:00")).statusKey()).isEqualTo("editor.status.unsaved");
        assertThat(EditorStatus.of(new EditorStatus.Standing(false, false, PostStatus.DRAFT, true, false, true, true,
                false, false, null)).statusKey()).isEqualTo("editor.status.savefailed");
        assertThat(EditorStatus.of(new EditorStatus.Standing(false, false, PostStatus.DRAFT, true, false, false,
                true, false, false, null)).statusKey()).isEqualTo("editor.status.error");
    }

    @Test
    void an_autosave_of_a_live_post_says_readers_still_see_the_published_text() {
        EditorStatus autosaved = EditorStatus.of(new EditorStatus.Standing(false, true, PostStatus.PUBLISHED, false,
                false, false, false, true, false, "10:30"));
        EditorStatus notYet = EditorStatus.of(new EditorStatus.Standing(false, true, PostStatus.PUBLISHED, false,
                false, false, false, true, false, null));

        assertThat(autosaved.statusKey()).isEqualTo("editor.status.autosaved");
        assertThat(autosaved.statusTime()).isEqualTo("10:30");
        assertThat(notYet.statusKey()).isEqualTo("editor.status.unpublished");
    }

    @Test
    void a_conflict_leaves_the_status_line_to_its_own_message_but_still_sets_the_buttons() {
        EditorStatus shown = EditorStatus.of(new EditorStatus.Standing(false, false, PostStatus.DRAFT, true, true,
                false, false, false, false, null));

        assertThat(shown.statusKey()).isNull();
        assertThat(shown.saveKey()).isEqualTo("editor.savedraft");
    }

    @Test
    void a_saved_draft_and_a_draft_never_saved_here_are_told_apart() {
        assertThat(EditorStatus.of(draft(false, "08:15")).statusKey()).isEqualTo("editor.status.saved");
        assertThat(EditorStatus.of(draft(false, null)).statusKey()).isEqualTo("editor.status.draft");
    }
}
