package dev.geul.security;

import java.io.IOException;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The API's answer while the database is away (restarting, out of reach): 503 with a Retry-After, the message in
 * the client's language ({@code Accept-Language}, English by default) and its key as {@code code}. Signing in by
 * password or token needs the database too, so this is answered before any controller could be reached.
 */
final class DatabaseAwayAnswer {

    static final String KEY = "error.database.unavailable";
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseAwayAnswer() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, I18NProvider translations)
            throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String message = translations.getTranslation(KEY, language(request, translations));
        response.getWriter().write("{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"code\":\"" + KEY + "\"}");
    }

    private static Locale language(HttpServletRequest request, I18NProvider translations) {
        String asked = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (asked == null) {
            return Locale.ENGLISH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(asked), translations.getProvidedLocales());
            return found == null ? Locale.ENGLISH : found;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }
}
