package dev.geul.site;

import java.time.Clock;

import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** How the blog looks to readers: anyone reads it (every reader page does), admins change it. */
@Service
@Transactional
@Validated
public class AppearanceService {

    private final AppearanceRepository appearances;
    private final ThemeStore themes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppearanceService(AppearanceRepository appearances, ThemeStore themes, ApplicationEventPublisher events,
                      Clock clock) {
        this.appearances = appearances;
        this.themes = themes;
        this.events = events;
        this.clock = clock;
    }

    /** Published once a change is stored: pages readers see must show it from now on. */
    public record AppearanceChanged(AppearanceSettings settings) {
    }

    /** The current settings; {@link AppearanceSettings#DEFAULTS} until an admin saves some. Anyone. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public AppearanceSettings current() {
        return appearances.findById(Appearance.ONLY_ROW).map(Appearance::settings)
                .orElse(AppearanceSettings.DEFAULTS);
    }

    /**
     * Replaces the settings. Admins only.
     *
     * @throws jakarta.validation.ConstraintViolationException for a colour that is not {@code #rrggbb}, text too
     *                                                         long, a picture address that is not a web address
     * @throws dev.geul.base.InvalidInputException             for an uploaded theme that is not stored
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AppearanceSettings change(@Valid AppearanceSettings settings) {
        String uploaded = settings.uploadedTheme();
        if (uploaded != null && !uploaded.isBlank() && !themes.exists(uploaded.strip())) {
            throw new dev.geul.base.InvalidInputException("uploadedTheme", "error.appearance.uploadedTheme.missing",
                    "There is no uploaded theme named " + uploaded.strip(), uploaded.strip());
        }
        Appearance appearance = appearances.findById(Appearance.ONLY_ROW)
                .orElseGet(() -> Appearance.first(clock.instant()));
        appearance.change(settings, clock.instant());
        AppearanceSettings saved = appearances.save(appearance).settings();
        events.publishEvent(new AppearanceChanged(saved));
        return saved;
    }
}
