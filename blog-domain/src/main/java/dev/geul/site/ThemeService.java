package dev.geul.site;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.geul.base.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Themes an admin uploads as a zip (templates, {@code theme.css}, images and fonts): checked whole before anything
 * is stored ({@link ThemeZip}), kept in the database for every node, chosen in the appearance settings like a
 * built-in theme. Admins upload, list and delete them; reader pages read them.
 */
@Service
@Transactional
public class ThemeService {

    /** The largest theme zip: templates, a stylesheet and a few images and fonts fit many times over. */
    public static final long MAX_ZIP_BYTES = ThemeZip.MAX_ZIP_BYTES;

    private final ThemeStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ThemeService(ThemeStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Published once a theme is stored or deleted: pages made with it must be made again. */
    public record ThemeChanged(String name) {
    }

    /**
     * Stores the zip's theme under {@code name}, replacing one of that name (readers who see it get the new one).
     * Admins only.
     *
     * @throws ThemeRefusedException when the name or the zip is refused; nothing is stored then
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ThemeUploadReport upload(String name, Path zip) {
        String checked = ThemeNames.check(name);
        ThemeZip.Contents contents = ThemeZip.read(zip);
        String by = java.util.Objects.requireNonNull(SecurityContextHolder.getContext().getAuthentication(),
                "an admin uploads themes").getName();
        boolean replaced = store.store(checked, contents.files(), by, clock.instant());
        events.publishEvent(new ThemeChanged(checked));
        return new ThemeUploadReport(store.find(checked).orElseThrow(), replaced, contents.leftOut());
    }

    /** Uploaded themes by name, without their files. Admins only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<ThemeSummary> list(Pageable pageable) {
        return new PageImpl<>(store.page(pageable.getOffset(), pageable.getPageSize()), pageable, store.count());
    }

    /** The names of every uploaded theme, for choosing one. Admins only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> names() {
        return store.names();
    }

    /**
     * A theme with its files. Admins only.
     *
     * @throws NotFoundException when there is no theme of that name
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public ThemeSummary get(String name) {
        return store.find(name).orElseThrow(() -> new NotFoundException("Theme " + name));
    }

    /**
     * Deletes a theme. Admins only.
     *
     * @throws ThemeInUseException when readers see it: the admin chooses another one first
     * @throws NotFoundException   when there is no theme of that name
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(String name) {
        if (!store.exists(name)) {
            throw new NotFoundException("Theme " + name);
        }
        if (store.inUse().filter(name::equals).isPresent()) {
            throw new ThemeInUseException(name);
        }
        store.delete(name);
        events.publishEvent(new ThemeChanged(name));
    }

    /** Whether a theme of that name is stored. Admins only (choosing one checks it). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public boolean exists(String name) {
        return store.exists(name);
    }

    /** The theme's revision, which changes with every upload. Anyone: reader pages ask it. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<Long> revision(String name) {
        return store.revision(name);
    }

    /** The theme's templates and stylesheet. Anyone: reader pages render them. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<ThemeContent> content(String name) {
        return store.content(name);
    }

    /** One of the theme's images or fonts. Anyone: readers' browsers fetch them. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<ThemeAsset> asset(String name, String path) {
        if (path.endsWith(ThemeTemplates.EXTENSION) || path.equals(ThemeFile.CSS)) {
            return Optional.empty();
        }
        return store.asset(name, path);
    }
}
