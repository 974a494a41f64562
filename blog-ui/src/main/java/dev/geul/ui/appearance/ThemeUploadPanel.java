package dev.geul.ui.appearance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.geul.base.InvalidInputException;
import dev.geul.site.LeftOutFile;
import dev.geul.site.ThemeNames;
import dev.geul.site.ThemeService;
import dev.geul.site.ThemeUploadReport;
import dev.geul.ui.base.Refusals;
import dev.geul.ui.base.UploadTexts;

/**
 * Uploading a theme's zip: it is named after its file ({@code my-theme.zip} gives {@code my-theme}) and checked
 * whole; the admin reads what was stored, what was left out, or why it was refused (nothing changed then). Once one
 * is stored, the view is told its name so it can offer it.
 */
class ThemeUploadPanel extends VerticalLayout {

    final Upload upload = new Upload();
    final Span status = new Span();
    final UnorderedList leftOut = new UnorderedList();

    private final ThemeService themes;
    private final Consumer<String> uploaded;

    ThemeUploadPanel(ThemeService themes, Consumer<String> uploaded) {
        this.themes = themes;
        this.uploaded = uploaded;
        setPadding(false);
        upload.setUploadHandler(new ThemeUpload());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ThemeService.MAX_ZIP_BYTES);
        UploadTexts.apply(upload);
        upload.setAcceptedFileTypes(".zip", "application/zip", "application/x-zip-compressed");
        status.addClassName("geul-theme-upload-status");
        add(new Paragraph(getTranslation("appearance.upload.help")), upload, status, leftOut);
    }

    /** Keeps the zip while it is checked and stored in the upload's own request, then tells the page. */
    private final class ThemeUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String name = ThemeNames.fromFileName(event.getFileName());
            Path zip = Files.createTempFile("geul-theme-", ".zip");
            try (InputStream in = event.getInputStream()) {
                Files.copy(in, zip, StandardCopyOption.REPLACE_EXISTING);
                ThemeUploadReport report = themes.upload(name, zip);
                ui.access(() -> stored(report));
            } catch (InvalidInputException refused) {
                ui.access(() -> refused(refused));
            } finally {
                Files.deleteIfExists(zip);
            }
        }

        @Override
        public long getFileSizeMax() {
            return ThemeService.MAX_ZIP_BYTES;
        }
    }

    void stored(ThemeUploadReport report) {
        upload.clearFileList();
        status.setText(getTranslation(report.replaced() ? "appearance.upload.replaced" : "appearance.upload.stored",
                report.theme().name(), report.theme().files().size()));
        leftOut.removeAll();
        for (LeftOutFile file : report.leftOut()) {
            leftOut.add(new ListItem(getTranslation("appearance.upload.leftOut", file.path(),
                    getTranslation(file.code()))));
        }
        uploaded.accept(report.theme().name());
    }

    void refused(InvalidInputException refused) {
        upload.clearFileList();
        leftOut.removeAll();
        status.setText(getTranslation("appearance.upload.refused", Refusals.text(this, refused)));
    }
}
