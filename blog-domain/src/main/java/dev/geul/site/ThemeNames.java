package dev.geul.site;

import java.util.Arrays;
import java.util.regex.Pattern;

/** What an uploaded theme may be called: a short address-safe name that is not a built-in theme's. */
public final class ThemeNames {

    public static final int MAX_LENGTH = 40;
    public static final String PATTERN = "^[a-z0-9][a-z0-9-]{0,39}$";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private ThemeNames() {
    }

    /** @throws ThemeRefusedException for a name that is not lower-case letters, digits and dashes, or a built-in's */
    public static String check(String name) {
        String candidate = name == null ? "" : name.strip();
        if (!VALID.matcher(candidate).matches()) {
            throw new ThemeRefusedException("name", "error.theme.name", "Name the theme with 1 to " + MAX_LENGTH
                    + " lower-case letters, digits and dashes, e.g. my-theme", MAX_LENGTH);
        }
        if (Arrays.stream(ThemeName.values()).anyMatch(builtIn -> builtIn.folder().equals(candidate))) {
            throw new ThemeRefusedException("name", "error.theme.name.builtIn",
                    "The name " + candidate + " belongs to a built-in theme: choose another one", candidate);
        }
        return candidate;
    }

    /** A name made from a file's name ({@code My Theme.zip} gives {@code my-theme}), for a studio upload. */
    public static String fromFileName(String fileName) {
        String base = fileName == null ? "" : fileName.replaceAll("(?i)\\.zip$", "");
        base = base.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String slug = base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH).replaceAll("-+$", "") : slug;
    }
}
