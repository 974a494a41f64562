package dev.geul.ui.appearance;

import dev.geul.site.AppearanceSettings;
import dev.geul.site.ThemeName;
import org.jspecify.annotations.Nullable;

/**
 * A theme the admin can choose: a built-in one, or an uploaded one (which keeps the built-in choice beneath it for
 * the settings' {@code theme}).
 *
 * @param uploaded the uploaded theme's name, or null for the built-in {@code builtIn}
 */
record ThemeChoice(ThemeName builtIn, @Nullable String uploaded) {

    static ThemeChoice of(ThemeName builtIn) {
        return new ThemeChoice(builtIn, null);
    }

    static ThemeChoice uploaded(String name) {
        return new ThemeChoice(ThemeName.CLASSIC, name);
    }

    static ThemeChoice of(AppearanceSettings settings) {
        return settings.uploadedTheme() == null ? of(settings.theme()) : new ThemeChoice(settings.theme(),
                settings.uploadedTheme());
    }

    boolean isUploaded() {
        return uploaded != null;
    }

    /** Equal when they show the same theme, whatever built-in theme an uploaded choice carries. */
    boolean sameTheme(@Nullable ThemeChoice other) {
        return other != null && (uploaded != null ? uploaded.equals(other.uploaded)
                : !other.isUploaded() && builtIn == other.builtIn);
    }
}
