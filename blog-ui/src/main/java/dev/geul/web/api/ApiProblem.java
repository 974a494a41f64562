package dev.geul.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one shape of every error the API answers: an RFC 9457 problem document ({@code application/problem+json})
 * with {@code status}, {@code title} and {@code detail}, and geul's members: {@code code}, the message key a client
 * turns into its reader's language; {@code field}, what was refused; {@code errors}, each refused field; and
 * {@code error}, the detail again, as clients written before problem documents read it. Never a class name.
 */
public final class ApiProblem {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblem() {
    }

    /** One refused field of a request. */
    public record FieldError(@Nullable String field, String code, @Nullable String message) {
    }

    public static ProblemDetail of(HttpStatus status, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                detail == null || detail.isBlank() ? status.getReasonPhrase() : detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("error", problem.getDetail());
        return problem;
    }

    /** A refusal of what was sent: its message key and field, and every refused field when there are several. */
    public static ProblemDetail refused(HttpStatus status, @Nullable String detail, @Nullable String code,
                                        @Nullable String field, @Nullable List<FieldError> errors) {
        ProblemDetail problem = of(status, detail);
        if (code != null) {
            problem.setProperty("code", code);
        }
        if (field != null) {
            problem.setProperty("field", field);
        }
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    public static ResponseEntity<ProblemDetail> answer(HttpStatus status, @Nullable String detail) {
        return answer(of(status, detail));
    }

    /** The same document written by a filter, before any controller (sign-in, body limits). */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(flat(problem)));
    }

    /** As Spring's converters write it: the extension members beside the standard ones, not nested. */
    private static Map<String, Object> flat(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
