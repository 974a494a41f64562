package dev.geul.web.api;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import dev.geul.transfer.ImportReport;
import dev.geul.transfer.ReportText;
import dev.geul.transfer.wxr.UploadsImporter;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * An import's report in the language the client asks for ({@code Accept-Language}), as the studio shows it: its
 * {@code notes}, {@code what} and {@code why} are Korean for a client asking for Korean, English otherwise (also
 * when it asks for nothing). The lines' keys and arguments ({@code noteMessages}, {@code whatMessage},
 * {@code whyMessage}) stay beside them for clients that say them in words of their own.
 */
@Component
class ReportLanguage {

    private final I18NProvider translations;

    ReportLanguage(I18NProvider translations) {
        this.translations = translations;
    }

    ImportReport in(ImportReport report, HttpServletRequest request) {
        Locale locale = asked(request);
        if (locale == null) {
            return report;
        }
        return new ImportReport(report.posts(), report.pages(), report.comments(), report.mentions(),
                report.categories(),
                report.tags(), report.authors(), report.attachments(), report.media(), report.alreadyImported(),
                report.noteMessages().stream().map(note -> say(note, locale)).toList(),
                skipped(report.skipped(), locale), report.attachmentUrls(), report.noteMessages());
    }

    UploadsImporter.Report in(UploadsImporter.Report report, HttpServletRequest request) {
        Locale locale = asked(request);
        return locale == null ? report : new UploadsImporter.Report(report.files(), report.stored(),
                report.postsChanged(), skipped(report.skipped(), locale));
    }

    private List<ImportReport.Skipped> skipped(List<ImportReport.Skipped> skipped, Locale locale) {
        return skipped.stream().map(item -> new ImportReport.Skipped(say(item.whatMessage(), locale),
                say(item.whyMessage(), locale), item.whatMessage(), item.whyMessage())).toList();
    }

    /** The line in the reader's language, with the parts it names said in it too. */
    private String say(ReportText line, Locale locale) {
        Object[] args = line.args().stream().map(arg -> arg instanceof ReportText part ? say(part, locale) : arg)
                .toArray();
        return translations.getTranslation(line.key(), locale, args);
    }

    /** The language the client asks for where the blog speaks it and it is not English, the reports' own. */
    @Nullable Locale asked(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return null;
        }
        Locale wanted = Locale.lookup(Locale.LanguageRange.parse(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                translations.getProvidedLocales());
        return wanted == null || wanted.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? null : wanted;
    }
}
