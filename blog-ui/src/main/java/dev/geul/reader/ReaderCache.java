package dev.geul.reader;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.post.PostLists;
import dev.geul.post.PostSummary;
import dev.geul.site.AppearanceService;
import dev.geul.site.AppearanceSettings;
import dev.geul.site.ReaderPageNotices;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What every reader's page shows alike (the first pages of the feed, the category tree, popular tags, the
 * appearance), kept for a moment ({@code geul.ui.reader-cache}, 2 seconds) so a crowd arriving at once costs the
 * database one query each, not one per reader: Caffeine loads a missing entry once while the others wait for it.
 * A change readers would see forgets everything at once, on every node of a blog ({@link ReaderPageNotices}).
 */
@Component
public class ReaderCache {

    static final int CACHED_PAGES = 5;
    static final int POPULAR_TAGS = 20;
    static final int RECENT_POSTS = 5;

    private final PostLists posts;
    private final CategoryService categories;
    private final AppearanceService appearance;
    /** None when nothing is kept ({@code geul.ui.reader-cache} of zero). */
    private final @Nullable Cache<Object, Object> entries;
    /** Counts the times everything was forgotten: a value loaded across one may be what was before it. */
    private final AtomicLong changes = new AtomicLong();

    ReaderCache(PostLists posts, CategoryService categories, AppearanceService appearance,
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

    public List<PostLists.TagCount> popularTags() {
        return get("tags", () -> posts.popularTags(POPULAR_TAGS));
    }

    /** The pages the header links to: live public top-level pages in their writers' order. */
    public List<PostLists.PageLink> pages() {
        return get("pages", () -> posts.navigationPages().stream().filter(page -> page.parentId() == null).toList());
    }

    public AppearanceSettings appearance() {
        return get("appearance", appearance::current);
    }

    /** Forgets everything at once once a new appearance is stored (after its transaction): the next page shows it. */
    @TransactionalEventListener(fallbackExecution = true)
    void appearanceChanged(AppearanceService.AppearanceChanged changed) {
        clear();
    }

    /** Forgets everything once pages readers see have changed, on this node or another. */
    @EventListener
    void readerPagesChanged(ReaderPageNotices.Changed changed) {
        clear();
    }

    /** Forgets everything at once. */
    public void clear() {
        changes.incrementAndGet();
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
        long changesBefore = changes.get();
        T value = (T) entries.get(key, missing -> load.get());
        // loaded before a change committed while it was read: given this once, but not kept
        if (changes.get() != changesBefore) {
            entries.invalidate(key);
        }
        return value;
    }
}
