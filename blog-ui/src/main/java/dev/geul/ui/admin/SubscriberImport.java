package dev.geul.ui.admin;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.geul.base.InvalidInputException;
import dev.geul.mail.SubscriberCsv;
import dev.geul.mail.SubscriberImportReport;
import dev.geul.ui.base.Refusals;
import dev.geul.ui.base.UploadTexts;

/**
 * Importing subscribers from a CSV file: the rule said before the upload (a confirmation mail to each address,
 * unless the admin states they consented), and after it how many were imported and every line refused, with why.
 */
class SubscriberImport extends VerticalLayout {

    final Checkbox consented = new Checkbox();
    final Upload upload = new Upload();
    final Paragraph result = new Paragraph();
    final Grid<SubscriberImportReport.RefusedLine> refused = new Grid<>();

    private final SubscriberCsv csv;
    private final Runnable imported;

    SubscriberImport(SubscriberCsv csv, Runnable imported) {
        this.csv = csv;
        this.imported = imported;
        setPadding(false);
        consented.setLabel(getTranslation("subscribers.import.consented"));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setUploadHandler(new CsvUpload());
        UploadTexts.apply(upload);
        refused.addColumn(SubscriberImportReport.RefusedLine::line).setHeader(getTranslation("subscribers.import.line"))
                .setAutoWidth(true);
        refused.addColumn(SubscriberImportReport.RefusedLine::email).setHeader(getTranslation("subscribers.col.email"))
                .setAutoWidth(true);
        refused.addColumn(line -> getTranslation("subscribers.import.reason." + line.reason().name()))
                .setHeader(getTranslation("subscribers.import.why")).setFlexGrow(1);
        refused.setAllRowsVisible(true);
        refused.setVisible(false);
        result.setVisible(false);
        add(new H3(getTranslation("subscribers.import.title")), new Paragraph(getTranslation("subscribers.import.help")),
                consented, upload, result, refused);
    }

    /** Reads the file in the upload's own request. */
    private final class CsvUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            boolean stated = consented.getValue();
            try (var in = new InputStreamReader(event.getInputStream(), StandardCharsets.UTF_8)) {
                SubscriberImportReport report = csv.importCsv(in, stated);
                ui.access(() -> show(report));
            } catch (InvalidInputException e) {
                ui.access(() -> failed(Refusals.text(SubscriberImport.this, e)));
            }
        }
    }

    void show(SubscriberImportReport report) {
        result.setText(getTranslation("subscribers.import.done", report.confirmed(), report.pending(),
                report.refused().size()));
        result.setVisible(true);
        refused.setItems(report.refused());
        refused.setVisible(!report.refused().isEmpty());
        upload.clearFileList();
        imported.run();
    }

    private void failed(String why) {
        result.setText(why);
        result.setVisible(true);
        refused.setVisible(false);
        upload.clearFileList();
    }
}
