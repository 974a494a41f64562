package dev.geul.web.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.geul.account.DuplicateUsernameException;
import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.base.RateLimitedException;
import dev.geul.base.Violations;
import dev.geul.post.EditConflictException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the JSON API as one problem document ({@link ApiProblem}) with the status that says what went
 * wrong; refused input also carries its message key ({@code code}), {@code field} and each refused field
 * ({@code errors}). What the server knows of itself (a class, a stack) stays in its log.
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
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return ApiProblem.answer(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return ApiProblem.answer(HttpStatus.NOT_FOUND, "Not found");
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return refused(e.getMessage(), e, List.of(e));
    }

    /** Every refused field in {@code errors} and {@code error}; the first one's key and field at the top. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> violations(ConstraintViolationException e) {
        return refused(Violations.summary(e), Violations.first(e), Violations.refusals(e));
    }

    private static ResponseEntity<ProblemDetail> refused(String message, InvalidInputException first,
                                                         List<InvalidInputException> all) {
        // the message keys and fields let a client explain the refusal in its reader's language, as the UI does
        List<ApiProblem.FieldError> errors = all.stream()
                .map(refusal -> new ApiProblem.FieldError(refusal.field(), refusal.key(), refusal.getMessage()))
                .toList();
        return ApiProblem.answer(ApiProblem.refused(HttpStatus.UNPROCESSABLE_CONTENT, message, first.key(),
                first.field(), errors));
    }

    /** A query parameter or path the API itself refuses before any service sees it. */
    @ExceptionHandler(BadApiRequest.class)
    ResponseEntity<ProblemDetail> badApiRequest(BadApiRequest e) {
        return ApiProblem.answer(ApiProblem.refused(HttpStatus.BAD_REQUEST, e.getMessage(), null, e.field(), null));
    }

    /** {@code ?status=X} where X is none of the values: which are, named as the API writes them. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException e) {
        String detail = "'" + e.getValue() + "' is not a valid " + e.getName();
        Class<?> type = e.getRequiredType();
        if (type != null && type.isEnum()) {
            detail += "; use one of: " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        return ApiProblem.answer(ApiProblem.refused(HttpStatus.BAD_REQUEST, detail, null, e.getName(), null));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return ApiProblem.answer(ApiProblem.refused(HttpStatus.BAD_REQUEST,
                e.getParameterName() + " is required", null, e.getParameterName(), null));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiBodyLimitFilter.BodyTooLarge tooLarge) {
                return ApiProblem.answer(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
            }
            if (cause instanceof DatabindException wrongValue && !wrongValue.getPath().isEmpty()) {
                // a value of the wrong kind ("visibility": "X"): which member, not how the server reads JSON
                String field = wrongValue.getPath().getLast().getPropertyName();
                return ApiProblem.answer(ApiProblem.refused(HttpStatus.BAD_REQUEST,
                        "The value of " + field + " is not valid", null, field, null));
            }
        }
        return ApiProblem.answer(HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedType(HttpMediaTypeNotSupportedException e) {
        return ApiProblem.answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as one of: "
                + e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", ")));
    }

    /** Said by code the API calls, not to the caller: the caller learns only that the request was not valid. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        log.debug("Request refused", e);
        return ApiProblem.answer(HttpStatus.BAD_REQUEST, "The request is not valid");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return ApiProblem.answer(HttpStatus.CONTENT_TOO_LARGE, "The upload is too large");
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationCredentialsNotFoundException e) {
        return ApiProblem.answer(HttpStatus.UNAUTHORIZED, "Sign in first");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return ApiProblem.answer(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** The caller's text was kept as a revision: the answer says which, and the version to save against. */
    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<ProblemDetail> editConflict(EditConflictException e) {
        ProblemDetail problem = ApiProblem.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("keptRevision", e.keptRevisionId());
        problem.setProperty("currentVersion", e.currentVersion());
        return ApiProblem.answer(problem);
    }

    @ExceptionHandler({DuplicateUsernameException.class, dev.geul.backup.BackupFolder.BackupBusyException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        return ApiProblem.answer(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(dev.geul.site.ThemeInUseException.class)
    ResponseEntity<ProblemDetail> themeInUse(dev.geul.site.ThemeInUseException e) {
        return ApiProblem.answer(ApiProblem.refused(HttpStatus.CONFLICT, e.getMessage(), "error.theme.inUse", null,
                null));
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        ProblemDetail problem = ApiProblem.refused(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), e.key(), null, null);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The search cluster is down: search is, for a while; the blog is not. */
    @ExceptionHandler(dev.geul.search.SearchUnavailableException.class)
    ResponseEntity<ProblemDetail> searchUnavailable(dev.geul.search.SearchUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    /** The disk is full: nothing of the upload was kept; readers are served on, the write can come again later. */
    @ExceptionHandler(dev.geul.base.StorageFullException.class)
    ResponseEntity<ProblemDetail> storageFull(dev.geul.base.StorageFullException e,
                                              jakarta.servlet.http.HttpServletRequest request) {
        log.error("A write was refused: {}", e.getMessage(), e.getCause());
        return said(HttpStatus.INSUFFICIENT_STORAGE, dev.geul.base.StorageFullException.KEY, request, null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        if (dev.geul.base.DatabaseOutage.causes(e)) {
            // the database is restarting or out of reach: the pool connects again by itself once it is back
            log.warn("Refused while the database is away: {}", e.toString());
            return said(HttpStatus.SERVICE_UNAVAILABLE, "error.database.unavailable", request, "5");
        }
        log.error("Unexpected error in the API", e);
        return ApiProblem.answer(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side");
    }

    /** The message of {@code key} in the client's language (English unless it asks for another), and the key. */
    private ResponseEntity<ProblemDetail> said(HttpStatus status, String key,
                                               jakarta.servlet.http.HttpServletRequest request,
                                               String retryAfterSeconds) {
        java.util.Locale locale = java.util.Optional.ofNullable(language.asked(request))
                .orElse(java.util.Locale.ENGLISH);
        ProblemDetail problem = ApiProblem.refused(status, translations.getTranslation(key, locale), key, null, null);
        var answer = ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        if (retryAfterSeconds != null) {
            answer.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        return answer.body(problem);
    }
}
