package dev.geul.ui.post;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.post.PostService;
import dev.geul.post.PostSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What every reader of the front page sees alike (the first pages of the feed, the category tree, popular
 * tags), kept for a moment ({@code geul.ui.reader-cache}, 2 seconds) so a crowd arriving at once costs the
 * database one query each, not one per reader. A new post shows up on the front page that much later.
 */
@Component
class ReaderCache {

    static final int CACHED_PAGES = 5;
    static final int POPULAR_TAGS = 20;

    private final PostService posts;
    private final CategoryService categories;
    private final long ttlNanos;
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    ReaderCache(PostService posts, CategoryService categories,
                @Value("${geul.ui.reader-cache:2s}") Duration ttl) {
        this.posts = posts;
        this.categories = categories;
        this.ttlNanos = ttl.toNanos();
    }

    private record Entry(Object value, long loadedAt) {
    }

    Page<PostSummary> feed(int page, int size) {
        Supplier<Page<PostSummary>> load = () -> posts.listPublished(PageRequest.of(page, size));
        return page < CACHED_PAGES ? get(List.of("feed", page, size), load) : load.get();
    }

    List<CategoryNode> categoryTree() {
        return get("categories", categories::tree);
    }

    List<PostService.TagCount> popularTags() {
        return get("tags", () -> posts.popularTags(POPULAR_TAGS));
    }

    @SuppressWarnings("unchecked")
    private <T> T get(Object key, Supplier<T> load) {
        if (ttlNanos <= 0) {
            return load.get();
        }
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && now - entry.loadedAt() < ttlNanos) {
            return (T) entry.value();
        }
        T value = load.get();
        entries.put(key, new Entry(value, now));
        return value;
    }
}
