package dev.geul.ui.admin;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * The editor's buttons and its status line. It knows nothing of posts: a click fires a typed event the editor
 * listens to ({@link SaveEvent}, {@link PublishEvent}...), and {@link #show(EditorStatus)} shows what the editor
 * decided.
 */
class EditorActions extends Div {

    final Button save = new Button();
    final Button publish = new Button();
    final Button unpublish = new Button();
    final Button preview = new Button();
    final Button history = new Button();
    final Button trash = new Button();
    final Span status = new Span();

    EditorActions() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("editor-save");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        unpublish.setText(getTranslation("editor.unpublish"));
        preview.setText(getTranslation("editor.preview"));
        history.setText(getTranslation("history.open"));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        trash.setText(getTranslation("editor.trash"));
        trash.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        status.addClassName("geul-meta");
        status.setId("editor-status");

        save.addClickListener(e -> fireEvent(new SaveEvent(this)));
        publish.addClickListener(e -> fireEvent(new PublishEvent(this)));
        unpublish.addClickListener(e -> fireEvent(new UnpublishEvent(this)));
        preview.addClickListener(e -> fireEvent(new PreviewEvent(this)));
        history.addClickListener(e -> fireEvent(new HistoryEvent(this)));
        trash.addClickListener(e -> fireEvent(new TrashEvent(this)));

        HorizontalLayout buttons = new HorizontalLayout(save, publish, unpublish, preview, history);
        buttons.getStyle().set("flex-wrap", "wrap");
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(buttons, status);
    }

    /** Shows the buttons' words and which of them apply, and the status line unless the status leaves it be. */
    void show(EditorStatus shown) {
        save.setText(getTranslation(shown.saveKey()));
        publish.setText(getTranslation(shown.publishKey()));
        publish.setVisible(shown.publishShown());
        unpublish.setVisible(shown.unpublishShown());
        trash.setVisible(shown.trashShown());
        if (shown.statusKey() != null) {
            status.setText(shown.statusTime() == null ? getTranslation(shown.statusKey())
                    : getTranslation(shown.statusKey(), shown.statusTime()));
        }
    }

    /** Says something on the status line that no state decides (a conflict, a save in progress). */
    void say(String text) {
        status.setText(text);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addPublishListener(ComponentEventListener<PublishEvent> listener) {
        return addListener(PublishEvent.class, listener);
    }

    Registration addUnpublishListener(ComponentEventListener<UnpublishEvent> listener) {
        return addListener(UnpublishEvent.class, listener);
    }

    Registration addPreviewListener(ComponentEventListener<PreviewEvent> listener) {
        return addListener(PreviewEvent.class, listener);
    }

    Registration addHistoryListener(ComponentEventListener<HistoryEvent> listener) {
        return addListener(HistoryEvent.class, listener);
    }

    Registration addTrashListener(ComponentEventListener<TrashEvent> listener) {
        return addListener(TrashEvent.class, listener);
    }

    /** The author asks to save: update a live post, or store the draft. */
    static final class SaveEvent extends ComponentEvent<EditorActions> {
        SaveEvent(EditorActions source) {
            super(source, false);
        }
    }

    /** The author asks to publish now, or at the time chosen. */
    static final class PublishEvent extends ComponentEvent<EditorActions> {
        PublishEvent(EditorActions source) {
            super(source, false);
        }
    }

    /** The author takes a live post back to a draft. */
    static final class UnpublishEvent extends ComponentEvent<EditorActions> {
        UnpublishEvent(EditorActions source) {
            super(source, false);
        }
    }

    /** The author wants to see the post as readers will. */
    static final class PreviewEvent extends ComponentEvent<EditorActions> {
        PreviewEvent(EditorActions source) {
            super(source, false);
        }
    }

    /** The author opens the post's earlier texts. */
    static final class HistoryEvent extends ComponentEvent<EditorActions> {
        HistoryEvent(EditorActions source) {
            super(source, false);
        }
    }

    /** The author moves the post to the trash. */
    static final class TrashEvent extends ComponentEvent<EditorActions> {
        TrashEvent(EditorActions source) {
            super(source, false);
        }
    }
}
