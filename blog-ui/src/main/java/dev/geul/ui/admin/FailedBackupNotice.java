package dev.geul.ui.admin;

import java.time.ZoneId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.geul.backup.BackupFailure;
import dev.geul.backup.BackupSummary;
import dev.geul.ui.base.Formats;

/**
 * The word that the latest backup failed, in the admin's language: when, why, and the details the log has too.
 * Shown on the backups page until a backup succeeds again.
 */
final class FailedBackupNotice extends Div {

    FailedBackupNotice(BackupSummary failed, ZoneId zone) {
        addClassName("geul-backup-failed");
        getElement().setAttribute("role", "alert");
        getStyle().set("color", "var(--lumo-error-text-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-m)");
        add(new Paragraph(headline(this, failed, zone)));
        if (failed.problem() != null) {
            add(new Paragraph(getTranslation("backups.lastfailed.details", failed.problem())));
        }
    }

    /** "The last backup (when) failed: why", for the notice and the studio's frame. */
    static String headline(com.vaadin.flow.component.Component in, BackupSummary failed, ZoneId zone) {
        BackupFailure failure = failed.failure() == null ? BackupFailure.WRITE_FAILED : failed.failure();
        java.util.Locale locale = in.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale).orElse(java.util.Locale.KOREAN);
        return in.getTranslation("backups.lastfailed", Formats.dateTime(failed.madeAt(), zone, locale),
                in.getTranslation(failure.key()));
    }
}
