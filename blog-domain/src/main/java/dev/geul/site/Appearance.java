package dev.geul.site;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.Length;
import org.jspecify.annotations.Nullable;

import static dev.geul.site.AppearanceSettings.*;

/** The blog's one row of appearance settings. */
@Entity
@Table(name = "blog_appearance")
class Appearance {

    static final short ONLY_ROW = 1;

    @Id
    private Short id = ONLY_ROW;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ThemeName theme = ThemeName.CLASSIC;

    @Column(length = TITLE_MAX_LENGTH)
    private @Nullable String title;

    @Column(length = DESCRIPTION_MAX_LENGTH)
    private @Nullable String description;

    @Column(length = 7)
    private @Nullable String accentColor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ColorScheme colorScheme = ColorScheme.AUTO;

    @Column(length = Length.LONG32)
    private @Nullable String customCss;

    @Column(length = IMAGE_URL_MAX_LENGTH)
    private @Nullable String profileImageUrl;

    @Column(length = BIO_MAX_LENGTH)
    private @Nullable String bio;

    @Column(length = ThemeNames.MAX_LENGTH)
    private @Nullable String uploadedTheme;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Appearance() {
    }

    static Appearance first(Instant now) {
        Appearance appearance = new Appearance();
        appearance.updatedAt = now;
        return appearance;
    }

    AppearanceSettings settings() {
        return new AppearanceSettings(theme, title, description, accentColor, colorScheme, customCss,
                profileImageUrl, bio, uploadedTheme);
    }

    void change(AppearanceSettings settings, Instant now) {
        theme = settings.theme();
        title = blankToNull(settings.title());
        description = blankToNull(settings.description());
        String accent = blankToNull(settings.accentColor());
        accentColor = accent == null ? null : accent.toLowerCase(java.util.Locale.ROOT);
        colorScheme = settings.colorScheme();
        customCss = blankToNull(settings.customCss());
        profileImageUrl = blankToNull(settings.profileImageUrl());
        bio = blankToNull(settings.bio());
        uploadedTheme = blankToNull(settings.uploadedTheme());
        updatedAt = now;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
