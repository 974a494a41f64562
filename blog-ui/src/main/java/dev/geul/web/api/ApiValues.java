package dev.geul.web.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Values a request names in words or numbers, read or refused with a 400 that says what would do. */
final class ApiValues {

    private ApiValues() {
    }

    /** {@code "private"} as {@code Visibility.PRIVATE}; anything else refused, naming the values that exist. */
    static <E extends Enum<E>> E oneOf(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadApiRequest(field, "'" + value + "' is not a valid " + field + "; use one of: "
                    + Arrays.stream(type.getEnumConstants()).map(constant -> constant.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")));
        }
    }

    static long id(String field, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new BadApiRequest(field, "'" + value + "' is not a valid " + field);
        }
    }
}
