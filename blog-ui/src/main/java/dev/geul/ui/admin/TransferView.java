package dev.geul.ui.admin;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.geul.base.Refusal;
import dev.geul.transfer.ArchiveImporter;
import dev.geul.transfer.ImportProgress;
import dev.geul.transfer.ImportReport;
import dev.geul.transfer.PostsAs;
import dev.geul.transfer.ReportText;
import dev.geul.transfer.wxr.WxrExporter;
import dev.geul.ui.base.Refusals;
import dev.geul.ui.base.UploadTexts;
import jakarta.annotation.security.RolesAllowed;

/**
 * Moving a blog in and out without a command line: a WordPress export, Tistory's old XML backup or its current
 * backup (a zip) uploaded here is imported, with its progress and then its report shown; the whole blog downloads
 * as a WXR file that imports into WordPress or another geul. Admins only (the services check too).
 */
@Route(value = "admin/transfer", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class TransferView extends VerticalLayout implements HasDynamicTitle {

    /** How many of the skipped items the report lists on the page. */
    static final int LISTED_SKIPPED = 50;

    final Upload upload = new Upload();
    final RadioButtonGroup<PostsAs> postsAs = new RadioButtonGroup<>();
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final VerticalLayout report = new VerticalLayout();
    final Anchor export;

    private final ArchiveImporter importer;

    public TransferView(ArchiveImporter importer, WxrExporter exporter) {
        this.importer = importer;
        addClassName("geul-admin-page");
        upload.setUploadHandler(new ImportUpload());
        upload.setMaxFiles(1);
        UploadTexts.apply(upload);
        upload.setAcceptedFileTypes(".xml", "application/xml", "text/xml", ".zip", "application/zip");
        postsAs.setLabel(getTranslation("transfer.tistory.postsAs"));
        postsAs.setItems(PostsAs.values());
        postsAs.setItemLabelGenerator(choice -> getTranslation("transfer.tistory.postsAs."
                + choice.name().toLowerCase(java.util.Locale.ROOT)));
        postsAs.setValue(PostsAs.DRAFTS);
        postsAs.setHelperText(getTranslation("transfer.tistory.postsAs.help"));
        progress.setVisible(false);
        progress.setMaxWidth("40rem");
        report.setPadding(false);
        export = new Anchor(new ExportDownload(exporter), getTranslation("transfer.export.download"));
        add(new H2(getTranslation("transfer.import")), new Paragraph(getTranslation("transfer.import.help")),
                postsAs, upload, progress, status, report,
                new H2(getTranslation("transfer.export")), new Paragraph(getTranslation("transfer.export.help")),
                export);
    }

    /**
     * Runs the import in the upload's own request, reading an XML file as it arrives (a zip is kept while it is
     * read, since its posts and images are found by name).
     */
    private final class ImportUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            ui.access(TransferView.this::started);
            long[] lastShown = {0};
            PostsAs chosen = postsAs.getValue() == null ? PostsAs.DRAFTS : postsAs.getValue();
            try (InputStream archive = event.getInputStream()) {
                ImportReport result = importer.importArchive(archive, event.getFileSize(), chosen, current -> {
                    long now = System.nanoTime();
                    if (now - lastShown[0] > 250_000_000L) {
                        lastShown[0] = now;
                        ui.access(() -> show(current));
                    }
                });
                ui.access(() -> finished(result));
            } catch (RuntimeException e) {
                // a file that is not an export, a connection lost, or anything else: the page must not keep waiting
                ui.access(() -> failed(e instanceof Refusal refused
                        ? Refusals.text(TransferView.this, refused) : e.getMessage()));
            }
        }

        @Override
        public long getFileSizeMax() {
            return -1;
        }

        @Override
        public long getRequestSizeMax() {
            return -1;
        }
    }

    private void started() {
        UI.getCurrent().setPollInterval(500);
        report.removeAll();
        progress.setIndeterminate(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("transfer.import.running"));
    }

    private void show(ImportProgress current) {
        if (current.fraction() >= 0) {
            progress.setValue(current.fraction());
        } else {
            progress.setIndeterminate(true);
        }
        status.setText(getTranslation("transfer.import.progress", current.posts(), current.pages(),
                current.comments(), current.skipped()));
    }

    private void finished(ImportReport result) {
        stopped();
        status.setText(getTranslation("transfer.import.done"));
        report.add(new Paragraph(getTranslation("transfer.report.counts", result.posts(), result.pages(),
                result.comments(), result.categories(), result.tags(), result.authors())));
        if (result.mentions() > 0) {
            report.add(new Paragraph(getTranslation("transfer.report.mentions", result.mentions())));
        }
        if (result.alreadyImported() > 0) {
            report.add(new Paragraph(getTranslation("transfer.report.already", result.alreadyImported())));
        }
        if (result.media() > 0) {
            report.add(new Paragraph(getTranslation("transfer.report.media", result.media())));
        }
        if (!result.attachmentUrls().isEmpty()) {
            report.add(new Paragraph(getTranslation("transfer.report.attachments", result.attachmentUrls().size())));
        }
        result.noteMessages().forEach(note -> report.add(new Paragraph(say(note))));
        if (!result.skipped().isEmpty()) {
            report.add(new H3(getTranslation("transfer.report.skipped", result.skipped().size())));
            UnorderedList skipped = new UnorderedList();
            result.skipped().stream().limit(LISTED_SKIPPED).forEach(item ->
                    skipped.add(new ListItem(getTranslation("transfer.report.skippedItem", say(item.whatMessage()),
                            say(item.whyMessage())))));
            report.add(skipped);
        }
    }

    /** A line of the report in the reader's language, with the parts it names said in it too. */
    private String say(ReportText line) {
        Object[] args = line.args().stream().map(arg -> arg instanceof ReportText part ? say(part) : arg).toArray();
        return getTranslation(line.key(), args);
    }

    private void failed(String message) {
        stopped();
        status.setText(getTranslation("transfer.import.failed", message));
    }

    private void stopped() {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        upload.clearFileList();
    }

    /** The whole blog as a WXR file, written as it is read. */
    private record ExportDownload(WxrExporter exporter) implements DownloadHandler {

        @Override
        public void handleDownloadRequest(DownloadEvent event) throws IOException {
            event.setFileName(exporter.fileName());
            event.setContentType("application/xml;charset=UTF-8");
            exporter.exportWxr(event.getOutputStream());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.admin.import");
    }
}
