package dev.geul.web.api;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.i18n.I18NProvider;
import dev.geul.backup.BackupFailure;
import dev.geul.backup.BackupService;
import dev.geul.backup.BackupSummary;
import dev.geul.site.SiteStatusService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin")
class AdminStatusController {

    private final SiteStatusService status;
    private final BackupService backups;
    private final ReportLanguage language;
    private final I18NProvider translations;

    AdminStatusController(SiteStatusService status, BackupService backups, ReportLanguage language,
                          I18NProvider translations) {
        this.status = status;
        this.backups = backups;
        this.language = language;
        this.translations = translations;
    }

    @GetMapping("/status")
    @Operation(summary = "How much the blog holds, and how its backups stand",
            description = "The counts of posts, pages, comments, categories, tags and accounts; under backup, the "
                    + "latest backup and failing=true while it is a failed one, with why (message, in the language "
                    + "of Accept-Language, and its key as code). Monitoring can alert on backup.failing.")
    AdminStatus status(HttpServletRequest request) {
        Optional<BackupSummary> latest = backups.latest();
        BackupSummary failed = latest.filter(backup -> !backup.verified()).orElse(null);
        String code = failed == null ? null
                : (failed.failure() == null ? BackupFailure.WRITE_FAILED : failed.failure()).key();
        Locale locale = Optional.ofNullable(language.asked(request)).orElse(Locale.ENGLISH);
        return new AdminStatus(status.status(), new AdminStatus.Backup(failed != null, latest.orElse(null),
                code == null ? null : translations.getTranslation(code, locale), code));
    }
}
