package dev.geul.reader.theme;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.geul.site.AppearanceSettings;
import dev.geul.site.ThemeContent;
import dev.geul.site.ThemeCss;
import dev.geul.site.ThemeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The theme a page is rendered in: the uploaded one the settings name, while it is stored, or else the built-in
 * one. An uploaded theme is read from the database and compiled once per revision; which revision is current is
 * asked again after a moment ({@code geul.ui.reader-cache}), so an upload on one node shows on every node.
 */
@Component
public class ThemeLookup {

    /** Where an uploaded theme's images and fonts are served: {@code /theme-files/{name}/{revision}/{path}}. */
    public static final String FILES_PATH = "/theme-files/";

    private final Themes builtIn;
    private final ThemeService themes;
    private final Cache<String, Optional<Long>> revisions;
    private final Cache<String, Theme> compiled = Caffeine.newBuilder().maximumSize(8).build();

    ThemeLookup(Themes builtIn, ThemeService themes, @Value("${geul.ui.reader-cache:2s}") Duration ttl) {
        this.builtIn = builtIn;
        this.themes = themes;
        this.revisions = Caffeine.newBuilder().expireAfterWrite(ttl.isNegative() ? Duration.ZERO : ttl)
                .maximumSize(100).build();
    }

    public Theme of(AppearanceSettings settings) {
        Theme fallback = builtIn.get(settings.theme());
        String name = settings.uploadedTheme();
        if (name == null || name.isBlank()) {
            return fallback;
        }
        return revisions.get(name, themes::revision)
                .map(revision -> compiled.get(name + "@" + revision, key -> load(name, fallback)))
                .orElse(fallback);
    }

    /** Forgets which revisions are current once a theme is stored or deleted on this node. */
    @TransactionalEventListener(fallbackExecution = true)
    void themeChanged(ThemeService.ThemeChanged changed) {
        revisions.invalidateAll();
    }

    public static String filesUrl(String name, long revision) {
        return FILES_PATH + name + "/" + revision + "/";
    }

    private Theme load(String name, Theme fallback) {
        Optional<ThemeContent> content = themes.content(name);
        if (content.isEmpty()) {
            return fallback;
        }
        ThemeContent theme = content.get();
        String filesUrl = filesUrl(name, theme.revision());
        // as built-in column does: its stylesheet on top of classic's, its templates before classic's
        String css = Themes.classicCss() + "\n" + ThemeCss.pointedAt(theme.css(), filesUrl);
        return Theme.uploaded(name, css, filesUrl, template -> {
            String own = theme.templates().get(template);
            return own != null ? own : Themes.classicTemplate(template);
        }, builtIn.get(dev.geul.site.ThemeName.CLASSIC));
    }
}
