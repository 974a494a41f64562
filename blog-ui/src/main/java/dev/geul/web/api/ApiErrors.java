package dev.geul.web.api;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.i18n.I18NProvider;
import dev.geul.base.ConflictException;
import dev.geul.base.DatabaseOutage;
import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.base.RateLimitedException;
import dev.geul.base.Refusal;
import dev.geul.base.StorageFullException;
import dev.geul.base.UnavailableException;
import dev.geul.post.EditConflictException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
    private final I18NProvider translations;

    ApiErrors(ReportLanguage language, I18NProvider translations) {
        this.language = language;
        this.translations = translations;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return ApiProblem.answer(HttpStatus.NOT_FOUND, "Not found");
    }

    /**
     * Every refusal a service says, by its kind: refused input 422 with each refused field, nothing there 404,
     * someone first 409, too often 429 and not now 503 (a full disk 507), with {@code Retry-After} where a time can
     * be said. The detail is the refusal's English message, or its text in the language the client asks for.
     */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal, HttpServletRequest request) {
        HttpStatus status = switch (refusal) {
            case InvalidInputException invalid -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NotFoundException notFound -> HttpStatus.NOT_FOUND;
            case ConflictException conflict -> HttpStatus.CONFLICT;
            case RateLimitedException limited -> HttpStatus.TOO_MANY_REQUESTS;
            case StorageFullException full -> HttpStatus.INSUFFICIENT_STORAGE;
            case UnavailableException unavailable -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        if (refusal instanceof StorageFullException) {
            log.error("A write was refused: {}", refusal.getMessage(), refusal.getCause());
        } else if (refusal instanceof UnavailableException) {
            log.warn("Refused for a while: {}", refusal.getMessage());
        }
        Locale asked = language.asked(request);
        List<ApiProblem.FieldError> errors = refusal instanceof InvalidInputException invalid ? invalid.fields().stream()
                .map(each -> new ApiProblem.FieldError(each.field(), each.key(), said(each, asked))).toList() : null;
        ProblemDetail problem = ApiProblem.refused(status, said(refusal, asked), refusal.key(), refusal.field(), errors);
        if (refusal instanceof EditConflictException conflict) {
            // the caller's text was kept as a revision: which, and the version to save against
            problem.setProperty("keptRevision", conflict.keptRevisionId());
            problem.setProperty("currentVersion", conflict.currentVersion());
        }
        var answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        Duration retryAfter = switch (refusal) {
            case RateLimitedException limited -> limited.retryAfter();
            case UnavailableException unavailable -> unavailable.retryAfter();
            default -> null;
        };
        if (retryAfter != null) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(RateLimitedException.secondsOf(retryAfter)));
        }
        return answer.body(problem);
    }

    /** Refused by an entity's constraints as it was stored, past the service's own validation: the same answer. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> violations(ConstraintViolationException e, HttpServletRequest request) {
        return refused(InvalidInputException.of(e), request);
    }

    private @Nullable String said(Refusal refusal, @Nullable Locale asked) {
        return asked == null ? refusal.getMessage() : translations.getTranslation(refusal.key(), asked, refusal.args());
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

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseOutage.causes(e)) {
            // the database is restarting or out of reach: the pool connects again by itself once it is back
            log.warn("Refused while the database is away: {}", e.toString());
            return said(HttpStatus.SERVICE_UNAVAILABLE, "error.database.unavailable", request, "5");
        }
        log.error("Unexpected error in the API", e);
        return ApiProblem.answer(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side");
    }

    /** The message of {@code key} in the client's language (English unless it asks for another), and the key. */
    private ResponseEntity<ProblemDetail> said(HttpStatus status, String key, HttpServletRequest request,
                                               String retryAfterSeconds) {
        Locale locale = Optional.ofNullable(language.asked(request)).orElse(Locale.ENGLISH);
        ProblemDetail problem = ApiProblem.refused(status, translations.getTranslation(key, locale), key, null, null);
        var answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (retryAfterSeconds != null) {
            answer.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        return answer.body(problem);
    }
}
