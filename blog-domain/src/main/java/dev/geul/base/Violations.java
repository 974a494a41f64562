package dev.geul.base;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/**
 * What a refused input broke, by the field it names: {@code create.draft.title} is {@code title}. One reading of
 * Bean Validation's answer for the views' fields and the API's error.
 */
public final class Violations {

    private Violations() {
    }

    /** The first message for each field, in a steady order. */
    public static Map<String, String> byField(ConstraintViolationException e) {
        Map<String, String> messages = new LinkedHashMap<>();
        e.getConstraintViolations().stream()
                .sorted(java.util.Comparator.comparing((ConstraintViolation<?> v) -> field(v)).thenComparing(
                        ConstraintViolation::getMessage))
                .forEach(violation -> messages.putIfAbsent(field(violation), violation.getMessage()));
        return messages;
    }

    /** One line for all of them, {@code title: must not be blank; slug: ...}. */
    public static String summary(ConstraintViolationException e) {
        return byField(e).entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The first message, for a form with one field. */
    public static String first(ConstraintViolationException e) {
        return byField(e).values().stream().findFirst().orElse(e.getMessage());
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
