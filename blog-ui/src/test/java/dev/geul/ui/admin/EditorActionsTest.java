package dev.geul.ui.admin;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import dev.geul.post.PostStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's buttons, on their own: a click is a typed event, and they show what they are told. */
class EditorActionsTest extends BrowserlessTest {

    @Test
    void each_button_fires_its_own_event_and_nothing_else() {
        EditorActions actions = new EditorActions();
        // as the editor places them: the trash below the post's settings, apart from the other buttons
        UI.getCurrent().add(actions, actions.trash);
        List<String> heard = new ArrayList<>();
        actions.addSaveListener(e -> heard.add("save"));
        actions.addPublishListener(e -> heard.add("publish"));
        actions.addUnpublishListener(e -> heard.add("unpublish"));
        actions.addPreviewListener(e -> heard.add("preview"));
        actions.addHistoryListener(e -> heard.add("history"));
        actions.addTrashListener(e -> heard.add("trash"));
        actions.show(EditorStatus.of(new EditorStatus.Standing(false, true, PostStatus.PUBLISHED, false, false,
                false, false, false, true, "12:00")));

        test(actions.save).click();
        test(actions.publish).click();
        test(actions.unpublish).click();
        test(actions.preview).click();
        test(actions.history).click();
        test(actions.trash).click();

        assertThat(heard).containsExactly("save", "publish", "unpublish", "preview", "history", "trash");
    }

    @Test
    void a_new_post_shows_no_trash_and_no_way_back_and_words_the_buttons_for_a_draft() {
        EditorActions actions = new EditorActions();

        actions.show(EditorStatus.of(new EditorStatus.Standing(true, false, PostStatus.DRAFT, false, false, false,
                false, false, false, null)));

        assertThat(actions.trash.isVisible()).isFalse();
        assertThat(actions.unpublish.isVisible()).isFalse();
        assertThat(actions.save.getText()).isEqualTo(actions.getTranslation("editor.savedraft"));
        assertThat(actions.status.getText()).isEqualTo(actions.getTranslation("editor.status.new"));
    }

    @Test
    void a_conflict_keeps_what_the_status_line_says() {
        EditorActions actions = new EditorActions();
        actions.say("someone else saved first");

        actions.show(EditorStatus.of(new EditorStatus.Standing(false, false, PostStatus.DRAFT, true, true, false,
                false, false, false, null)));

        assertThat(actions.status.getText()).isEqualTo("someone else saved first");
    }
}
