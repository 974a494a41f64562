package dev.geul.ui.admin;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.geul.backup.BackupFolder;
import dev.geul.backup.BackupService;
import dev.geul.backup.BackupSummary;
import dev.geul.base.BlogProperties;
import dev.geul.ui.base.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * The blog's backups: each archive with its size, when it was made and whether it was read back whole; a failed one
 * says why. "Back up now" makes one in the background while the blog serves on. Admins only.
 */
@Route(value = "admin/backups", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class BackupsView extends VerticalLayout implements HasDynamicTitle {

    final Button backUpNow = new Button();
    final Grid<BackupSummary> backups = new Grid<>();
    final Paragraph status = new Paragraph();
    /** Says the latest backup failed, and why, until one succeeds. */
    final Div latestFailure = new Div();

    private final BackupService service;
    private final ZoneId zone;
    private CompletableFuture<BackupSummary> running;
    private Registration polling;

    public BackupsView(BackupService service, BlogProperties blog) {
        this.service = service;
        this.zone = blog.timeZone();
        addClassName("geul-admin-page");
        backUpNow.setText(getTranslation("backups.now"));
        backUpNow.setIcon(VaadinIcon.ARCHIVE.create());
        backUpNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUpNow.addClickListener(event -> start());
        backups.addColumn(BackupSummary::file).setHeader(getTranslation("backups.file")).setAutoWidth(true);
        backups.addColumn(backup -> Formats.dateTime(backup.madeAt(), blog.timeZone(), getLocale()))
                .setHeader(getTranslation("backups.made"));
        backups.addColumn(backup -> size(backup.size())).setHeader(getTranslation("backups.size"));
        backups.addColumn(backup -> backup.verified() ? getTranslation("backups.verified")
                : getTranslation("backups.failed", failureText(backup))).setHeader(getTranslation("backups.check"))
                .setTooltipGenerator(backup -> backup.verified() ? "" : backup.problem()).setFlexGrow(1);
        backups.setAllRowsVisible(true);
        add(new H2(getTranslation("backups.title")), new Paragraph(getTranslation("backups.help")), latestFailure,
                backUpNow, status, backups);
        refresh();
    }

    private void start() {
        try {
            running = service.startBackup();
        } catch (BackupFolder.BackupBusyException busy) {
            Notification.show(getTranslation(BackupFolder.BackupBusyException.KEY), 4000,
                    Notification.Position.BOTTOM_START);
            return;
        }
        backUpNow.setEnabled(false);
        status.setText(getTranslation("backups.running"));
        getUI().ifPresent(ui -> ui.setPollInterval(1000));
    }

    /** Called on every poll while a backup runs: shows its outcome once it has one. */
    void checkRunning() {
        if (running == null || !running.isDone()) {
            return;
        }
        CompletableFuture<BackupSummary> done = running;
        running = null;
        backUpNow.setEnabled(true);
        status.setText("");
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        refresh();
        try {
            BackupSummary backup = done.get();
            Notification shown = Notification.show(backup.verified()
                    ? getTranslation("backups.done", backup.file())
                    : getTranslation("backups.failed", failureText(backup)), 6000, Notification.Position.BOTTOM_START);
            shown.addThemeVariants(backup.verified() ? NotificationVariant.LUMO_SUCCESS
                    : NotificationVariant.LUMO_ERROR);
        } catch (ExecutionException e) {
            Notification.show(getTranslation("backups.failed", e.getCause().getMessage()), 6000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void refresh() {
        List<BackupSummary> listed = service.list();
        backups.setItems(listed);
        latestFailure.removeAll();
        service.latestFailure().ifPresent(failed -> {
            latestFailure.add(new FailedBackupNotice(failed, zone));
            latestFailure.add(new Paragraph(listed.stream().filter(BackupSummary::verified).findFirst()
                    .map(good -> getTranslation("backups.lastgood", good.file()))
                    .orElseGet(() -> getTranslation("backups.lastgood.none"))));
        });
        latestFailure.setVisible(latestFailure.getComponentCount() > 0);
    }

    /** Why a backup failed, in the admin's language. */
    private String failureText(BackupSummary backup) {
        return backup.failure() == null ? backup.problem() : getTranslation(backup.failure().key());
    }

    private String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return getTranslation("backups.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return getTranslation("backups.mb", String.format(getLocale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> checkRunning());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.title");
    }
}
