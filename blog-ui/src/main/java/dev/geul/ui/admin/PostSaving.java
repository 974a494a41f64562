package dev.geul.ui.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.geul.base.DatabaseOutage;
import dev.geul.base.InvalidInputException;
import dev.geul.base.StorageFullException;
import dev.geul.post.EditConflictException;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostHistory;
import dev.geul.post.PostRevision;
import dev.geul.post.PostStatus;
import dev.geul.post.RevisionView;
import dev.geul.ui.base.Formats;
import dev.geul.ui.base.Refusals;

/**
 * What the editor's buttons and its autosave do to the post, and what the author is told: saving (by hand, on the
 * editor's tick, before leaving), publishing or scheduling, taking back to a draft, moving to the trash, and the
 * conflict when someone else saved in between. A refusal is said beside its field; a save that reached no storage
 * (the database away, the disk full) keeps the text in the fields and the browser's copy for the next try.
 */
final class PostSaving {

    /**
     * What the editor does when a save or a conflict changes the post it shows.
     *
     * @param refresh the status line and the buttons follow the post
     * @param reopen  shows a post as stored and edits it from there
     * @param leave   goes back to the list of posts without asking
     */
    record Editor(Runnable refresh, Consumer<PostDetail> reopen, Runnable leave) {
    }

    private final EditSession session;
    private final PostFields fields;
    private final EditorActions actions;
    private final EditorNotices notices;
    private final FieldErrors errors;
    private final BrowserCopy browserCopy;
    private final PostHistory history;
    private final ZoneId zone;
    private final Clock clock;
    private final Editor editor;

    /** The last save was refused: the status says so until a save succeeds. */
    private boolean refused;
    /** The last save reached no storage: said until a save succeeds. */
    private boolean failed;

    PostSaving(EditSession session, PostFields fields, EditorActions actions, EditorNotices notices,
               FieldErrors errors, BrowserCopy browserCopy, PostHistory history, ZoneId zone, Clock clock,
               Editor editor) {
        this.session = session;
        this.fields = fields;
        this.actions = actions;
        this.notices = notices;
        this.errors = errors;
        this.browserCopy = browserCopy;
        this.history = history;
        this.zone = zone;
        this.clock = clock;
        this.editor = editor;
    }

    // ------------------------------------------------------------------ where the post stands

    PostDraft draft() {
        return fields.draft(session.kind());
    }

    /** Changes the server does not hold yet (not even as an autosave). */
    boolean unsaved() {
        return session.hasUnsavedChanges(draft());
    }

    /** Changes readers of the published post do not see yet. */
    boolean unpublished() {
        return session.hasUnpublishedChanges(draft());
    }

    /** The time chosen to publish at, when it is still to come. */
    Instant scheduledAt() {
        return fields.settings.scheduledAfter(clock.instant());
    }

    boolean refused() {
        return refused;
    }

    boolean failed() {
        return failed;
    }

    // ------------------------------------------------------------------ saving

    /** Called a few seconds after a change: keeps the text on the server without publishing anything. */
    void autosave() {
        if (session.inConflict() || !unsaved()) {
            return;
        }
        if (fields.titleBlank()) {
            actions.say(text("editor.status.needtitle"));
            return;
        }
        store(false);
    }

    /** Keeps what can be kept before the author leaves or trashes: nothing is saved over a conflict. */
    void saveBeforeLeaving() {
        if (!session.inConflict() && unsaved() && !fields.titleBlank()) {
            store(false);
        }
    }

    /** "Save draft" / "Update" and Ctrl+S. */
    void saveNow() {
        if (session.inConflict()) {
            Notification.show(text("editor.conflict.choose"), 5000, Notification.Position.MIDDLE);
            return;
        }
        if (store(true) && correctPublishedAt()) {
            Notification.show(text(session.isLive() ? "editor.saved.update" : "editor.saved.draft"),
                    2500, Notification.Position.BOTTOM_START);
        }
    }

    /** A published post's time changed in its field: stored with the save, or refused beside the field. */
    private boolean correctPublishedAt() {
        Instant shown = fields.settings.chosenPublishAt();
        if (!session.correctsPublishedAt(shown)) {
            return true;
        }
        try {
            session.correctPublishedAt(shown);
            fields.settings.showPublishAt(session.publishedAt(), true);
            return true;
        } catch (InvalidInputException e) {
            refuse(e.field(), Refusals.text(actions, e));
            return false;
        } finally {
            editor.refresh().run();
        }
    }

    /** Sends the form to the server (see {@link EditSession#save}); says why when it is refused. */
    private boolean store(boolean manual) {
        errors.clear();
        PostDraft draft = draft();
        if (draft.title().isBlank()) {
            errors.show("title", text("editor.error.title"));
            actions.say(text("editor.status.needtitle"));
            return false;
        }
        boolean wasNew = session.isNew();
        try {
            EditSession.Saved saved = session.save(draft, manual);
            if (wasNew) {
                UI.getCurrent().getPage().getHistory().replaceState(null, "admin/posts/" + saved.post().id());
            }
            if (saved.slug() != null) {
                fields.showSlug(saved.slug());
            }
            // the server has the text now: the browser's copy may go (a new post also moves to its own key)
            browserCopy.stored(session.draftKey(), draft.contentHtml());
            refused = false;
            failed = false;
            return true;
        } catch (EditConflictException e) {
            showConflict();
            return false;
        } catch (InvalidInputException e) {
            Refusals.byField(actions, e).forEach(this::refuse);
            return false;
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causes(e) && !(e instanceof StorageFullException)) {
                throw e;
            }
            // nothing was stored; the fields and the browser's copy keep the text, and the next save tries again
            failed = true;
            Notification.show(text(e instanceof StorageFullException ? StorageFullException.KEY
                            : "error.database.unavailable"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        } finally {
            editor.refresh().run();
        }
    }

    /** A refusal of the save, said beside its field; the status says so until a save succeeds. */
    private void refuse(String field, String message) {
        errors.show(field, message);
        refused = true;
    }

    // ------------------------------------------------------------------ publishing

    /** Publishes now, or schedules for the chosen time; what is not saved yet is saved first. */
    void publishNow() {
        if (session.inConflict()) {
            Notification.show(text("editor.conflict.choose"), 5000, Notification.Position.MIDDLE);
            return;
        }
        if ((unsaved() || unpublished() || session.isNew()) && !store(true)) {
            return;
        }
        try {
            Instant at = scheduledAt();
            session.publish(at);
            fields.settings.showPublishAt(session.publishedAt(), session.status() == PostStatus.PUBLISHED);
            fields.keepSlug();
            Notification notification = Notification.show(at != null
                    ? text("editor.scheduled", Formats.dateTime(at, zone, UI.getCurrent().getLocale()))
                    : text("editor.published"), 4000, Notification.Position.BOTTOM_START);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            refuse(e.field(), Refusals.text(actions, e));
        }
        editor.refresh().run();
    }

    /** Back to a draft; readers no longer see it. */
    void unpublishNow() {
        if (session.isNew()) {
            return;
        }
        session.unpublish();
        fields.settings.publishAt.clear();
        Notification.show(text("editor.unpublished"), 3000, Notification.Position.BOTTOM_START);
        editor.refresh().run();
        if (unsaved()) {
            fields.content.scheduleAutosave();
        }
    }

    /** Into the trash, with what was typed saved first; a post never saved is simply left. */
    void moveToTrash() {
        if (session.isNew()) {
            editor.leave().run();
            return;
        }
        saveBeforeLeaving();
        session.trash();
        Notification.show(text("posts.trashed", 1), 3000, Notification.Position.BOTTOM_START);
        editor.leave().run();
    }

    /** Someone else saved meanwhile: both texts side by side, and the author chooses. */
    private void showConflict() {
        PostDetail theirs = session.theirs();
        String who = history.revisions(theirs.id()).stream()
                .filter(revision -> revision.reason() != PostRevision.Reason.CONFLICT && revision.savedBy() != null)
                .map(RevisionView::savedBy).findFirst().orElse(text("editor.conflict.someone"));
        notices.showConflict(theirs, who, () -> {
            session.keepMine(theirs.version());
            saveNow();
        }, () -> {
            editor.reopen().accept(theirs);
            editor.refresh().run();
        });
        actions.say(text("editor.status.conflict"));
    }

    private String text(String key, Object... arguments) {
        return actions.getTranslation(key, arguments);
    }
}
