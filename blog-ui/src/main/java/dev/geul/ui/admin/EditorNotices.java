package dev.geul.ui.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.geul.post.PostDetail;
import dev.geul.post.RevisionDiff;
import dev.geul.post.RevisionView;
import dev.geul.ui.base.Formats;

/**
 * What the editor tells the author above the text, each with a way to act on it: text the browser kept that the
 * server does not have, a newer autosave of a published post, and someone else's save made in between.
 */
final class EditorNotices extends Div {

    private final ZoneId zone;

    EditorNotices(ZoneId zone) {
        this.zone = zone;
    }

    /** The browser's copy differs from the text shown by {@code changes}: bring it back or let it go. */
    void offerLocalCopy(List<RevisionDiff.Segment> changes, Instant keptAt, Runnable bringBack, Runnable letGo) {
        Div notice = new Div();
        Button restore = new Button(getTranslation("editor.local.restore"), e -> {
            remove(notice);
            bringBack.run();
        });
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button discard = new Button(getTranslation("editor.local.discard"), e -> {
            remove(notice);
            letGo.run();
        });
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        notice.add(new Span(getTranslation("editor.local.found", Formats.dateTime(keptAt, zone, getLocale()))),
                new DiffText(changes), new HorizontalLayout(restore, discard));
        notice.addClassName("geul-notice");
        notice.setId("editor-local-copy");
        add(notice);
    }

    /** A published post's autosave newer than the post itself: the author may take it up again. */
    void offerAutosave(RevisionView revision, Runnable takeUp) {
        Button restore = new Button(getTranslation("editor.autosave.restore"), e -> {
            takeUp.run();
            removeAll();
        });
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div notice = new Div(new Span(getTranslation("editor.autosave.found",
                Formats.dateTime(revision.savedAt(), zone, getLocale()))), restore);
        notice.addClassName("geul-notice");
        add(notice);
    }

    /** {@code who} saved {@code theirs} while the author typed: keep the author's text, or take theirs. */
    void showConflict(PostDetail theirs, String who, Runnable keepMine, Runnable takeTheirs) {
        removeAll();
        Div panel = new Div();
        panel.addClassNames("geul-notice", "geul-conflict");
        panel.setId("editor-conflict");
        panel.add(new Paragraph(getTranslation("editor.conflict.message", who,
                Formats.dateTime(theirs.updatedAt(), zone, getLocale()))));
        Div other = new Div(new H3(getTranslation("editor.conflict.theirs")), new H1(theirs.title()),
                new Html("<div>" + theirs.contentHtml() + "</div>"));
        other.addClassNames("geul-content", "geul-conflict-theirs");
        Button mine = new Button(getTranslation("editor.conflict.keepmine"), e -> {
            removeAll();
            keepMine.run();
        });
        mine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button their = new Button(getTranslation("editor.conflict.taketheirs"), e -> {
            removeAll();
            takeTheirs.run();
        });
        panel.add(new HorizontalLayout(mine, their), other);
        add(panel);
    }
}
