package dev.geul.search;

import dev.geul.post.PostRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the index in the background when the blog starts with posts but an empty index: the first start after
 * search was added, or after the index directory was deleted. Readers' searches fill up as it goes.
 */
@Component
class SearchIndexInitializer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

    private final SearchIndexAdmin admin;
    private final PostRepository posts;
    private final SearchProperties properties;

    SearchIndexInitializer(SearchIndexAdmin admin, PostRepository posts, SearchProperties properties) {
        this.admin = admin;
        this.posts = posts;
        this.properties = properties;
    }

    /**
     * Starts the build when the blog is ready. Returns nothing: Spring would publish a listener's return value as
     * an event of its own.
     */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        indexIfEmpty();
    }

    /** @return the thread building the index, or null when there was nothing to do */
    @Nullable Thread indexIfEmpty() {
        if (!properties.reindexWhenEmpty()) {
            return null;
        }
        long stored;
        try {
            stored = posts.count();
            if (stored == 0 || admin.countIndexed() > 0) {
                return null;
            }
        } catch (RuntimeException e) {
            // search trouble must not keep the blog from starting
            log.warn("Could not check the search index at startup: {}", e.getMessage());
            return null;
        }
        log.info("The search index is empty but the blog has {} posts: indexing them in the background", stored);
        return Thread.ofVirtual().name("geul-search-initial-index").start(() -> {
            try {
                admin.rebuild(null);
            } catch (RuntimeException e) {
                log.error("Building the search index failed; an admin can retry with a reindex", e);
            }
        });
    }
}
