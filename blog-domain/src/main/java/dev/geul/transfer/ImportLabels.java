package dev.geul.transfer;

import java.util.Arrays;

import dev.geul.base.InvalidInputException;
import dev.geul.media.MediaRefusedException;
import dev.geul.media.MediaStore;
import dev.geul.post.PostKind;
import jakarta.validation.ConstraintViolationException;

/**
 * How an import's report names what it read and why something was left out, in words each format's reader shares:
 * {@code post "제목": the file a.png}, {@code title: A post needs a title}. Each is a {@link ReportText}, said in
 * the language of whoever reads the report.
 */
public final class ImportLabels {

    /** The title of a post that had none, since geul needs one. */
    public static final String UNTITLED = "(untitled)";
    /** A post's password, as a part of it the report names. */
    public static final ReportText PASSWORD = ReportText.of("transfer.what.password", "its password");
    /** Why a file the archive names is missing. */
    public static final ReportText NOT_IN_BACKUP = ReportText.of("transfer.why.notInBackup",
            "The backup does not hold this file");

    private ImportLabels() {
    }

    /** The file of this name, refused by the blog's media: why, in words. */
    public static ReportText refusedFile(MediaRefusedException.Reason reason) {
        return reason == MediaRefusedException.Reason.TOO_LARGE
                ? ReportText.of("transfer.why.tooLarge", "It is larger than {0} MB",
                        MediaStore.MAX_IMPORTED_BYTES / (1024 * 1024))
                : ReportText.of("transfer.why.notMedia",
                        "geul keeps images (PNG, JPEG, GIF, WebP), PDF and zip files; this is none of them");
    }

    /** A part of an item of the archive: {@code post "제목": the file a.png}. */
    public static ReportText partOf(ReportText item, ReportText part) {
        return ReportText.of("transfer.what.part", "{0}: {1}", item, part);
    }

    /** A comment of the archive, by its writer's name when it has one. */
    public static ReportText commentLabel(String name, ReportText postLabel) {
        return name.isEmpty() ? ReportText.of("transfer.label.comment", "comment on {0}", postLabel)
                : ReportText.of("transfer.label.commentBy", "comment by {0} on {1}", name, postLabel);
    }

    /** A post ({@code kind} POST) or a page of the archive, by its title. */
    public static ReportText postLabel(PostKind kind, String title) {
        return kind == PostKind.PAGE ? ReportText.of("transfer.label.page", "page \"{0}\"", title)
                : ReportText.of("transfer.label.post", "post \"{0}\"", title);
    }

    /** The file of this name. */
    public static ReportText file(String name) {
        return ReportText.of("transfer.what.file", "the file {0}", name);
    }

    /** Why a step failed: refused input by its message key, anything else in the words of the failure. */
    static ReportText reason(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // found when a batch is written: the commit wraps it
            if (cause instanceof ConstraintViolationException violations) {
                return reason(InvalidInputException.of(violations));
            }
            if (cause instanceof InvalidInputException refused) {
                return refused.fields().stream().map(ImportLabels::refused)
                        .reduce((first, next) -> ReportText.of("transfer.why.and", "{0}; {1}", first, next))
                        .orElseThrow();
            }
        }
        return failure(e);
    }

    private static ReportText refused(InvalidInputException refused) {
        // a refusal that says nothing in English is named there by its key
        String english = refused.getMessage() != null ? refused.getMessage() : refused.key();
        ReportText message = new ReportText(refused.key(), Arrays.asList(refused.args()), english);
        return ReportText.of("transfer.why.refused", "{0}: {1}", String.valueOf(refused.field()), message);
    }

    private static ReportText failure(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return ReportText.of("transfer.why.failed", "{0}",
                cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }
}
