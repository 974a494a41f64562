package dev.geul.ui.base;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The words of an upload control in the reader's language: its button, where to drop a file, its progress and its
 * refusals. Without them it speaks the English its web component ships with.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static void apply(Upload upload) {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(upload.getTranslation("upload.status.connecting"))
                        .setStalled(upload.getTranslation("upload.status.stalled"))
                        .setProcessing(upload.getTranslation("upload.status.processing"))
                        .setHeld(upload.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining.prefix"))
                        .setUnknown(upload.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(upload.getTranslation("upload.failed.unavailable"))
                        .setUnexpectedServerError(upload.getTranslation("upload.failed.unexpected"))
                        .setForbidden(upload.getTranslation("upload.failed.forbidden"))
                        .setFileTooLarge(upload.getTranslation("upload.error.tooBig")));
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(upload.getTranslation("upload.drop.one"))
                        .setMany(upload.getTranslation("upload.drop.many")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(upload.getTranslation("upload.add.one"))
                        .setMany(upload.getTranslation("upload.add.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("upload.error.tooMany"))
                        .setFileIsTooBig(upload.getTranslation("upload.error.tooBig"))
                        .setIncorrectFileType(upload.getTranslation("upload.error.type")))
                .setFile(new UploadI18N.File()
                        .setRetry(upload.getTranslation("upload.file.retry"))
                        .setStart(upload.getTranslation("upload.file.start"))
                        .setRemove(upload.getTranslation("upload.file.remove")))
                .setUploading(uploading));
    }
}
