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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppearanceService(AppearanceRepository appearances, ApplicationEventPublisher events, Clock clock) {
        this.appearances = appearances;
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
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AppearanceSettings change(@Valid AppearanceSettings settings) {
        Appearance appearance = appearances.findById(Appearance.ONLY_ROW)
                .orElseGet(() -> Appearance.first(clock.instant()));
        appearance.change(settings, clock.instant());
        AppearanceSettings saved = appearances.save(appearance).settings();
        events.publishEvent(new AppearanceChanged(saved));
        return saved;
    }
}
