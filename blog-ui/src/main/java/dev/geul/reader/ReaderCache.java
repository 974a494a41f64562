package dev.geul.reader;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.post.PostReader;
import dev.geul.post.PostSummary;
import dev.geul.site.AppearanceService;
import dev.geul.site.AppearanceSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What every reader's page shows alike (the first pages of the feed, the category tree, popular tags, the
 * appearance), kept for a moment ({@code geul.ui.reader-cache}, 2 seconds) so a crowd arriving at once costs the
 * database one query each, not one per reader: Caffeine loads a missing entry once while the others wait for it.
 * A change shows that much later (on every node of a blog, as each keeps its own).
 */
@Component
public class ReaderCache {

    static final int CACHED_PAGES = 5;
    static final int POPULAR_TAGS = 20;
    static final int RECENT_POSTS = 5;

    private final PostReader posts;
    private final CategoryService categories;
    private final AppearanceService appearance;
    private final Cache<Object, Object> entries;

    ReaderCache(PostReader posts, CategoryService categories, AppearanceService appearance,
                @Value("${geul.ui.reader-cache:2s}") Duration ttl) {
        this.posts = posts;
        this.categories = categories;
        this.appearance = appearance;
        this.entries = ttl.isZero() || ttl.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100).build();
    }

    /** The first pages of the feed, as the home page shows them. */
    public Page<PostSummary> feed(int page, int size) {
        Supplier<Page<PostSummary>> load = () -> posts.listPublished(PageRequest.of(page, size));
        return page < CACHED_PAGES ? get(List.of("feed", page, size), load) : load.get();
    }

    public List<CategoryNode> categoryTree() {
        return get("categories", categories::tree);
    }

    public List<PostReader.TagCount> popularTags() {
        return get("tags", () -> posts.popularTags(POPULAR_TAGS));
    }

    /** The pages the header links to: live public top-level pages in their writers' order. */
    public List<PostReader.PageLink> pages() {
        return get("pages", () -> posts.navigationPages().stream().filter(page -> page.parentId() == null).toList());
    }

    public AppearanceSettings appearance() {
        return get("appearance", appearance::current);
    }

    /**
     * Forgets everything at once once a new appearance is stored (after its transaction): the next page shows it.
     * Other nodes of a blog show it when their entries expire.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void appearanceChanged(AppearanceService.AppearanceChanged changed) {
        clear();
    }

    /** Forgets everything at once. */
    public void clear() {
        if (entries != null) {
            entries.invalidateAll();
        }
    }

    /** The value kept under the key, loaded once however many readers ask for it at the same moment. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> load) {
        if (entries == null) {
            return load.get();
        }
        return (T) entries.get(key, missing -> load.get());
    }
}
