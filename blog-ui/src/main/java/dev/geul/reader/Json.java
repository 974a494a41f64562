package dev.geul.reader;

import org.jspecify.annotations.Nullable;

/**
 * The little JSON a page's head needs (JSON-LD), written so it can stand inside {@code <script>}: {@code <} is
 * escaped, so no value can end the element.
 */
final class Json {

    private Json() {
    }

    /** JSON written already, to nest as it is. */
    record Raw(String json) {
    }

    static Raw raw(String json) {
        return new Raw(json);
    }

    /** An object from names and values; null values are left out. */
    static String object(@Nullable Object... namesAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null || (value instanceof String text && text.isEmpty())) {
                continue;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, String.valueOf(namesAndValues[i]));
            json.append(':');
            if (value instanceof Raw raw) {
                json.append(raw.json());
            } else {
                string(json, String.valueOf(value));
            }
        }
        return json.append('}').toString();
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '<' -> json.append("\\u003c");
                case '>' -> json.append("\\u003e");
                case '&' -> json.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
