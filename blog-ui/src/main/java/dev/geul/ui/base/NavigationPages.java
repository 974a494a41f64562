package dev.geul.ui.base;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.geul.post.PostReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The pages every reader's header links to, kept for a moment ({@code geul.ui.reader-cache}, 2 seconds) like the
 * front page's lists, so a crowd of new readers costs the database one query, not one each.
 */
@Component
public class NavigationPages {

    private final PostReader posts;
    private final LoadingCache<Boolean, List<PostReader.PageLink>> cache;

    NavigationPages(PostReader posts, @Value("${geul.ui.reader-cache:2s}") Duration ttl) {
        this.posts = posts;
        this.cache = ttl.isZero() || ttl.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1).build(key -> posts.navigationPages());
    }

    /** Live public pages in their writers' order (see {@link PostReader#navigationPages()}). */
    public List<PostReader.PageLink> pages() {
        return cache == null ? posts.navigationPages() : cache.get(Boolean.TRUE);
    }
}
