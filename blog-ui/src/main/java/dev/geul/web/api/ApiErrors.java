package dev.geul.web.api;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.geul.account.DuplicateUsernameException;
import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.base.RateLimitedException;
import dev.geul.base.Violations;
import dev.geul.post.EditConflictException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the JSON API as {@code {"error": "..."}} with the status that says what went wrong; refused input
 * also carries its message key ({@code code}) and {@code field}.
 */
@RestControllerAdvice(basePackages = "dev.geul.web")
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ReportLanguage language;
    private final com.vaadin.flow.i18n.I18NProvider translations;

    ApiErrors(ReportLanguage language, com.vaadin.flow.i18n.I18NProvider translations) {
        this.language = language;
        this.translations = translations;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, String>> noResource(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "Not found");
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
        return refused(e.getMessage(), e);
    }

    /** Every refused field in {@code error}; the first one's key and field, as for a refusal by a service. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Map<String, String>> violations(ConstraintViolationException e) {
        return refused(Violations.summary(e), Violations.first(e));
    }

    private static ResponseEntity<Map<String, String>> refused(String message, InvalidInputException e) {
        // the message key and field let a client explain the refusal in its reader's language, as the UI does
        Map<String, String> body = new LinkedHashMap<>(body(message));
        if (e.key() != null) {
            body.put("code", e.key());
        }
        if (e.field() != null) {
            body.put("field", e.field());
        }
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, IllegalArgumentException.class})
    ResponseEntity<Map<String, String>> badRequest(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiBodyLimitFilter.BodyTooLarge tooLarge) {
                return error(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
            }
        }
        String message = e instanceof HttpMessageNotReadableException ? "The request body is not valid JSON"
                : e.getMessage();
        return error(HttpStatus.BAD_REQUEST, message);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "The upload is too large");
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ResponseEntity<Map<String, String>> unauthenticated(AuthenticationCredentialsNotFoundException e) {
        return error(HttpStatus.UNAUTHORIZED, "Sign in first");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied(AccessDeniedException e) {
        return error(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({EditConflictException.class, DuplicateUsernameException.class})
    ResponseEntity<Map<String, String>> conflict(RuntimeException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(dev.geul.backup.BackupFolder.BackupBusyException.class)
    ResponseEntity<Map<String, String>> backupBusy(RuntimeException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<Map<String, String>> rateLimited(RateLimitedException e) {
        Map<String, String> body = new LinkedHashMap<>(body(e.getMessage()));
        if (e.key() != null) {
            body.put("code", e.key());
        }
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(body);
    }

    /** The search cluster is down: search is, for a while; the blog is not. */
    @ExceptionHandler(dev.geul.search.SearchUnavailableException.class)
    ResponseEntity<Map<String, String>> searchUnavailable(dev.geul.search.SearchUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, "30")
                .body(body(e.getMessage()));
    }

    /** The disk is full: nothing of the upload was kept; readers are served on, the write can come again later. */
    @ExceptionHandler(dev.geul.base.StorageFullException.class)
    ResponseEntity<Map<String, String>> storageFull(dev.geul.base.StorageFullException e,
                                                    jakarta.servlet.http.HttpServletRequest request) {
        log.error("A write was refused: {}", e.getMessage(), e.getCause());
        return said(HttpStatus.INSUFFICIENT_STORAGE, dev.geul.base.StorageFullException.KEY, request, null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        if (dev.geul.base.DatabaseOutage.causes(e)) {
            // the database is restarting or out of reach: the pool connects again by itself once it is back
            log.warn("Refused while the database is away: {}", e.toString());
            return said(HttpStatus.SERVICE_UNAVAILABLE, "error.database.unavailable", request, "5");
        }
        log.error("Unexpected error in the API", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side");
    }

    /** The message of {@code key} in the client's language (English unless it asks for another), and the key. */
    private ResponseEntity<Map<String, String>> said(HttpStatus status, String key,
                                                     jakarta.servlet.http.HttpServletRequest request,
                                                     String retryAfterSeconds) {
        java.util.Locale locale = java.util.Optional.ofNullable(language.asked(request))
                .orElse(java.util.Locale.ENGLISH);
        Map<String, String> body = new LinkedHashMap<>(body(translations.getTranslation(key, locale)));
        body.put("code", key);
        var answer = ResponseEntity.status(status);
        if (retryAfterSeconds != null) {
            answer.header(org.springframework.http.HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        return answer.body(body);
    }

    static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(body(message == null ? status.getReasonPhrase() : message));
    }

    static Map<String, String> body(String message) {
        return Map.of("error", message);
    }
}
