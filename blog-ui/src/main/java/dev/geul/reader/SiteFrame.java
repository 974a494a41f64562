package dev.geul.reader;

import java.time.LocalDate;
import java.util.List;

import dev.geul.base.BlogProperties;
import dev.geul.base.Permalinks;
import dev.geul.category.CategoryNode;
import dev.geul.reader.ReaderModels.Link;
import dev.geul.reader.ReaderModels.NavCategory;
import dev.geul.reader.ReaderModels.Profile;
import dev.geul.reader.ReaderModels.Site;
import dev.geul.reader.ReaderModels.TagLink;
import dev.geul.reader.theme.Theme;
import dev.geul.reader.theme.ThemeLookup;
import dev.geul.site.AppearanceSettings;
import dev.geul.web.feed.FeedController;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What is around every reader page: the blog's name and description, its categories (with posts), tags, recent
 * posts, pages and the author's profile, the theme and the admin's colours and CSS.
 */
@Component
class SiteFrame {

    private final ReaderCache cache;
    private final BlogProperties blog;
    private final ThemeLookup themes;
    private final ReaderText text;

    SiteFrame(ReaderCache cache, BlogProperties blog, ThemeLookup themes, ReaderText text) {
        this.cache = cache;
        this.blog = blog;
        this.themes = themes;
        this.text = text;
    }

    /** The saved settings, or the unsaved ones an admin previews ({@link ThemePreviews}). */
    AppearanceSettings appearance() {
        return preview().orElseGet(cache::appearance);
    }

    /** Whether this request shows an admin's unsaved settings: such a page is theirs alone and never kept. */
    boolean previewing() {
        return preview().isPresent();
    }

    private static java.util.Optional<AppearanceSettings> preview() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                ? ThemePreviews.of(attributes.getRequest()) : java.util.Optional.empty();
    }

    Theme theme() {
        return themes.of(appearance());
    }

    String title() {
        String title = appearance().title();
        return title == null || title.isBlank() ? blog.title() : title;
    }

    String description() {
        String description = appearance().description();
        return description == null || description.isBlank() ? blog.description() : description;
    }

    Site site(@Nullable String searchQuery) {
        AppearanceSettings appearance = appearance();
        List<NavCategory> categories = CategoryNode.flatten(cache.categoryTree()).stream()
                .filter(node -> node.totalPostCount() > 0)
                .map(node -> new NavCategory(node.name(), Permalinks.category(node.slug()), node.totalPostCount(),
                        node.depth(), node.depth() > 0))
                .toList();
        List<TagLink> tags = cache.popularTags().stream()
                .map(tag -> new TagLink(tag.name(), Permalinks.tag(tag.slug()), tag.postCount())).toList();
        List<Link> recent = cache.feed(0, ListPages.PAGE_SIZE).getContent().stream()
                .limit(ReaderCache.RECENT_POSTS).map(post -> new Link(post.title(), Permalinks.post(post.slug())))
                .toList();
        List<Link> pages = cache.pages().stream().map(page -> new Link(page.title(), Permalinks.page(page.slug())))
                .toList();
        boolean hasProfile = appearance.bio() != null || appearance.profileImageUrl() != null;
        Profile profile = new Profile(title(), appearance.profileImageUrl(), appearance.bio(), hasProfile);
        String accent = appearance.accentColor();
        return new Site(title(), description(), text.language(), accent,
                appearance.colorScheme().name().toLowerCase(java.util.Locale.ROOT), safeInStyle(theme().css()),
                safeInStyle(appearance.customCss()), favicon(accent), categories, tags, recent, pages, profile,
                FeedController.path(), searchQuery, LocalDate.now(blog.timeZone()).getYear());
    }

    /** CSS that cannot end its {@code <style>} element early. */
    static String safeInStyle(@Nullable String css) {
        return css == null ? "" : css.replace("</", "<\\/");
    }

    /** The blog's icon drawn in its accent colour, inline: no request, no file to upload first. */
    private static String favicon(@Nullable String accent) {
        String colour = accent == null ? "%232b6cb0" : "%23" + accent.substring(1);
        return "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E"
                + "%3Crect width='32' height='32' rx='7' fill='" + colour + "'/%3E"
                + "%3Ctext x='16' y='23' font-size='19' text-anchor='middle' fill='white'"
                + " font-family='sans-serif'%3E%EA%B8%80%3C/text%3E%3C/svg%3E";
    }
}
