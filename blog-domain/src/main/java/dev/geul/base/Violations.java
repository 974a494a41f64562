package dev.geul.base;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.jspecify.annotations.Nullable;

/**
 * Bean Validation's refusals read as {@link InvalidInputException}s, so views, the API and imports handle one kind of
 * refused input, each with its field, message key and arguments.
 *
 * <p>A constraint names its message by key, {@code @NotBlank(message = "{error.post.title}")}; one that does not
 * gets the key of its kind ({@link #FIELD_REQUIRED}, {@link #FIELD_SIZE}, {@link #FIELD_INVALID}). The arguments
 * are the constraint's numbers in the alphabetical order of their names: {@code @Size} gives {@code {0}} = max,
 * {@code {1}} = min. The field is the property or parameter refused: {@code create.draft.title} is {@code title}.
 */
public final class Violations {

    public static final String FIELD_REQUIRED = "error.field.required";
    public static final String FIELD_SIZE = "error.field.size";
    public static final String FIELD_INVALID = "error.field.invalid";

    private static final Pattern KEY = Pattern.compile("\\{([a-z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)}");
    /** Bean Validation's and Hibernate Validator's own message keys, English only. */
    private static final Set<String> PROVIDERS = Set.of("jakarta", "org");
    private static final Set<String> REQUIRED = Set.of("NotNull", "NotBlank", "NotEmpty");

    private Violations() {
    }

    /** The first refusal of each field, in a steady order. */
    public static List<InvalidInputException> refusals(ConstraintViolationException e) {
        Map<String, InvalidInputException> byField = new LinkedHashMap<>();
        e.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> field(v))
                        .thenComparing(v -> key(v.getConstraintDescriptor())))
                .forEach(violation -> byField.computeIfAbsent(field(violation), field -> refusal(violation)));
        return new ArrayList<>(byField.values());
    }

    /** One English line for all of them, {@code title: A post needs a title.; slug: ...}, for the log and reports. */
    public static String summary(ConstraintViolationException e) {
        return refusals(e).stream().map(refused -> refused.field() + ": " + refused.getMessage())
                .collect(Collectors.joining("; "));
    }

    /** The message key of a constraint: the one its message names, or the one of its kind. */
    public static String key(ConstraintDescriptor<?> constraint) {
        String named = keyOf(constraint.getMessageTemplate());
        if (named != null) {
            return named;
        }
        String kind = constraint.getAnnotation().annotationType().getSimpleName();
        return REQUIRED.contains(kind) ? FIELD_REQUIRED : kind.equals("Size") ? FIELD_SIZE : FIELD_INVALID;
    }

    /** The key a message template names, {@code {error.post.title}}, or null for a text or a provider's key. */
    public static @Nullable String keyOf(@Nullable String template) {
        Matcher match = KEY.matcher(template == null ? "" : template.strip());
        if (!match.matches()) {
            return null;
        }
        String key = match.group(1);
        return PROVIDERS.contains(key.substring(0, key.indexOf('.'))) ? null : key;
    }

    /** The numbers a message may show, by the alphabetical order of their names. */
    public static Object[] args(ConstraintDescriptor<?> constraint) {
        return constraint.getAttributes().entrySet().stream()
                .filter(attribute -> attribute.getValue() instanceof Number)
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toArray();
    }

    private static InvalidInputException refusal(ConstraintViolation<?> violation) {
        ConstraintDescriptor<?> constraint = violation.getConstraintDescriptor();
        return new InvalidInputException(field(violation), key(constraint), violation.getMessage(), args(constraint));
    }

    private static String field(ConstraintViolation<?> violation) {
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                field = node.getName();
            }
        }
        return field;
    }
}
