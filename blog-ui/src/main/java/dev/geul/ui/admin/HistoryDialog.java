package dev.geul.ui.admin;

import java.time.ZoneId;
import java.util.List;
import java.util.function.LongSupplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.geul.post.EditConflictException;
import dev.geul.post.PostHistory;
import dev.geul.post.RevisionDiff;
import dev.geul.post.RevisionView;
import dev.geul.ui.base.Formats;

/**
 * The history of a post in the editor: an entry for every save (autosave, draft save, update, publish, schedule,
 * restore) and every conflicting save, each named by its kind, with who and when; what changed from the chosen one
 * to the text now (removed words struck through, added ones marked), and a way back to it. Going back is a save
 * like any other and joins the history too.
 */
class HistoryDialog extends Dialog {

    final Grid<RevisionView> revisions = new Grid<>();
    final Div diff = new Div();
    final Button restore = new Button();

    private final PostHistory history;
    private final long postId;
    private final LongSupplier currentVersion;
    private final Runnable afterRestore;

    /**
     * @param currentVersion the version the editor shows, so that a restore never overwrites a newer save
     * @param afterRestore   reloads the editor with the restored text
     */
    HistoryDialog(PostHistory history, long postId, LongSupplier currentVersion, ZoneId zone, Runnable afterRestore) {
        this.history = history;
        this.postId = postId;
        this.currentVersion = currentVersion;
        this.afterRestore = afterRestore;
        setHeaderTitle(getTranslation("history.title"));
        setWidth("min(60rem, 95vw)");
        revisions.addColumn(revision -> Formats.dateTime(revision.savedAt(), zone, getLocale()))
                .setHeader(getTranslation("history.when")).setAutoWidth(true);
        revisions.addColumn(revision -> getTranslation("history.reason."
                + revision.reason().name().toLowerCase(java.util.Locale.ROOT))).setHeader(getTranslation("history.why"))
                .setAutoWidth(true);
        revisions.addColumn(revision -> revision.savedBy() == null ? "" : revision.savedBy())
                .setHeader(getTranslation("history.who")).setAutoWidth(true);
        revisions.addColumn(RevisionView::title).setHeader(getTranslation("history.postTitle"));
        revisions.setAllRowsVisible(true);
        revisions.setMaxHeight("16rem");
        revisions.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        diff.addClassName("geul-history-diff");
        restore.setText(getTranslation("history.restore"));
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.setEnabled(false);
        restore.addClickListener(event -> restoreSelected());
        List<RevisionView> all = history.revisions(postId);
        revisions.setItems(all);
        add(all.isEmpty() ? new Paragraph(getTranslation("history.empty")) : revisions, diff);
        getFooter().add(new Button(getTranslation("dialog.close"), event -> close()), restore);
    }

    private void show(RevisionView revision) {
        diff.removeAll();
        restore.setEnabled(revision != null);
        if (revision == null) {
            return;
        }
        RevisionDiff changes = history.diff(postId, revision.id(), null);
        if (changes.unchanged()) {
            diff.add(new Paragraph(getTranslation("history.same")));
            return;
        }
        diff.add(new Paragraph(getTranslation("history.against")), new DiffText(changes.text()));
    }

    private void restoreSelected() {
        RevisionView chosen = revisions.asSingleSelect().getValue();
        if (chosen == null) {
            return;
        }
        try {
            history.restore(postId, chosen.id(), currentVersion.getAsLong());
            close();
            afterRestore.run();
            Notification.show(getTranslation("history.restored"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (EditConflictException conflict) {
            Notification.show(getTranslation("history.stale"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
