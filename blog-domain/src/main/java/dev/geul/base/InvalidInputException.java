package dev.geul.base;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

/**
 * Input a person can correct: the message says what to change. Nothing was stored. A view shows the text of
 * {@link #key()} with {@link #args()} in the reader's language, on the field it names; the English message is for
 * the log and an import's report.
 *
 * <p>Input refused on several fields at once (a form's Bean Validation) carries each in {@link #fields()}, the
 * first of them also as this refusal's own key and field.
 */
public non-sealed class InvalidInputException extends Refusal {

    private final transient List<InvalidInputException> fields;

    /**
     * @param key     the translation of the message, e.g. {@code error.post.title}, its arguments as {@code {0}}...
     * @param message the same in English
     */
    public InvalidInputException(@Nullable String field, String key, @Nullable String message, Object... args) {
        super(key, field, message, null, args);
        this.fields = List.of(this);
    }

    private InvalidInputException(InvalidInputException first, List<InvalidInputException> fields, String message,
                                  Throwable cause) {
        super(first.key(), first.field(), message, cause, first.args());
        this.fields = List.copyOf(fields);
    }

    /**
     * Bean Validation's refusal as one refusal of every field it names (see {@link Violations} for how keys,
     * fields and arguments are read).
     */
    public static InvalidInputException of(ConstraintViolationException violations) {
        List<InvalidInputException> refused = Violations.refusals(violations);
        if (refused.isEmpty()) {
            return new InvalidInputException(null, Violations.FIELD_INVALID, violations.getMessage());
        }
        return new InvalidInputException(refused.getFirst(), refused, Violations.summary(violations), violations);
    }

    /** Every field refused, each once, in a steady order; a refusal of one field holds only itself. */
    public List<InvalidInputException> fields() {
        return fields;
    }
}
