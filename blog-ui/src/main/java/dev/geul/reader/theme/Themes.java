package dev.geul.reader.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import dev.geul.site.ThemeName;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The built-in themes, read from the classpath ({@code themes/classic/}, {@code themes/column/}). A theme holds the
 * templates it changes; any other comes from {@code classic}, so a single-column theme need not repeat the comment
 * thread.
 */
@Component
public class Themes {

    static final String BASE = "classic";

    private final Map<ThemeName, Theme> themes = new EnumMap<>(ThemeName.class);

    Themes() {
        for (ThemeName name : ThemeName.values()) {
            String folder = name.folder();
            // a built-in theme's stylesheet goes on top of classic's, as its templates fall back to classic's
            String css = folder.equals(BASE) ? classicCss() : classicCss() + "\n" + shipped(folder, "theme.css");
            themes.put(name, new Theme(folder, css, template -> {
                String own = read(folder, template + ".mustache");
                return own != null ? own : read(BASE, template + ".mustache");
            }));
        }
    }

    public Theme get(ThemeName name) {
        return Objects.requireNonNull(themes.get(name), "every built-in theme is loaded");
    }

    /** A template of {@code classic}, which gives an uploaded theme what it does not hold; null when it has none. */
    static @Nullable String classicTemplate(String template) {
        // a name such as ../column/layout never reaches past classic's folder
        return template.matches("[a-z][a-z-]*") ? read(BASE, template + ".mustache") : null;
    }

    static String classicCss() {
        return shipped(BASE, "theme.css");
    }

    /** A file every built-in theme ships with. */
    private static String shipped(String folder, String file) {
        return Objects.requireNonNull(read(folder, file), () -> "Theme " + folder + " ships no " + file);
    }

    private static @Nullable String read(String folder, String file) {
        try (InputStream in = Themes.class.getClassLoader().getResourceAsStream("themes/" + folder + "/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
