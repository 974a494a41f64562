package dev.geul.ui.admin;

import java.time.Instant;
import java.util.List;

import dev.geul.post.RevisionDiff;
import dev.geul.ui.editor.PostBodyField;

/**
 * The text kept in the writer's browser as they type, so that a server restart, a lost connection or an expired
 * session loses nothing: it is kept under the post's key, let go once the server has the text, and a copy the server
 * lacks is offered back with what it changes, taken up only if the writer says so.
 */
final class BrowserCopy {

    private final PostBodyField text;
    private final EditorNotices notices;
    private final Runnable broughtBack;

    /** @param broughtBack run after the browser's copy was taken up as the text */
    BrowserCopy(PostBodyField text, EditorNotices notices, Runnable broughtBack) {
        this.text = text;
        this.notices = notices;
        this.broughtBack = broughtBack;
        text.addLocalCopyListener(this::offer);
    }

    /** The text is kept under this key (one per writer and post); a new post's copy moves to its own at its save. */
    void keepUnder(String draftKey) {
        text.setDraftKey(draftKey);
    }

    /** The server has stored {@code html}: the browser's copy of it may go. */
    void stored(String draftKey, String html) {
        text.setDraftKey(draftKey);
        text.confirmSaved(html);
    }

    private void offer(String html, Instant keptAt) {
        List<RevisionDiff.Segment> changes = RevisionDiff.between(text.getValue(), html);
        if (changes.stream().allMatch(segment -> segment.change() == RevisionDiff.Change.SAME)) {
            text.discardLocalCopy();
            return;
        }
        notices.offerLocalCopy(changes, keptAt, () -> {
            text.setValue(html);
            // saved like any typing; the browser forgets its copy once the server has it
            text.scheduleAutosave();
            broughtBack.run();
        }, text::discardLocalCopy);
    }
}
