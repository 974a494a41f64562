package dev.geul.site;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * How the blog looks to readers, as an admin sets it. Blank title or description: the configured ones
 * ({@code geul.title}, {@code geul.description}).
 *
 * @param accentColor     links and highlights, {@code #rrggbb}; blank for the theme's own
 * @param customCss       added after the theme's styles
 * @param profileImageUrl the author's picture in the sidebar: an address on the web or under {@code /media/}
 * @param uploadedTheme   an uploaded theme readers see instead of {@code theme}; null for the built-in one
 */
public record AppearanceSettings(
        @NotNull(message = "{error.appearance.theme}") ThemeName theme,
        @Size(max = TITLE_MAX_LENGTH, message = "{error.appearance.title.long}") @Nullable String title,
        @Size(max = DESCRIPTION_MAX_LENGTH, message = "{error.appearance.description.long}")
        @Nullable String description,
        @Pattern(regexp = "^(#[0-9a-fA-F]{6})?$", message = "{error.appearance.accent}")
        @Nullable String accentColor,
        @NotNull(message = "{error.appearance.scheme}") ColorScheme colorScheme,
        @Size(max = CUSTOM_CSS_MAX_LENGTH, message = "{error.appearance.css.long}") @Nullable String customCss,
        @Size(max = IMAGE_URL_MAX_LENGTH, message = "{error.appearance.image.long}")
        @Pattern(regexp = "^((https?://|/)\\S*)?$", message = "{error.appearance.image}")
        @Nullable String profileImageUrl,
        @Size(max = BIO_MAX_LENGTH, message = "{error.appearance.bio.long}") @Nullable String bio,
        @Pattern(regexp = "^(" + ThemeNames.PATTERN + ")?$", message = "{error.appearance.uploadedTheme}")
        @Nullable String uploadedTheme) {

    public static final int TITLE_MAX_LENGTH = 100;
    public static final int DESCRIPTION_MAX_LENGTH = 300;
    public static final int CUSTOM_CSS_MAX_LENGTH = 20_000;
    public static final int IMAGE_URL_MAX_LENGTH = 500;
    public static final int BIO_MAX_LENGTH = 1000;

    /** What a blog looks like before an admin changes anything. */
    public static final AppearanceSettings DEFAULTS = new AppearanceSettings(ThemeName.CLASSIC, null, null, null,
            ColorScheme.AUTO, null, null, null, null);

    /** These settings with a built-in theme. */
    public AppearanceSettings withTheme(ThemeName newTheme) {
        return new AppearanceSettings(newTheme, title, description, accentColor, colorScheme, customCss,
                profileImageUrl, bio, null);
    }

    /** These settings with an uploaded theme (null: back to the built-in {@code theme}). */
    public AppearanceSettings withUploadedTheme(@Nullable String name) {
        return new AppearanceSettings(theme, title, description, accentColor, colorScheme, customCss,
                profileImageUrl, bio, name);
    }
}
