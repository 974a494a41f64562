package dev.geul.stats;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One reader page served, as the web layer saw it. Lives only in memory, until the next batch is counted: the
 * address and the browser are hashed then and never stored.
 *
 * @param postSlug      the post or page shown, or null for a list (the front page, a category, a search)
 * @param referrer      the {@code Referer} header, or null
 * @param ownHost       the host the request was made to, so that moving between the blog's pages is not an origin
 */
public record PageView(Instant at, @Nullable String postSlug, @Nullable String referrer, @Nullable String userAgent,
                       String clientAddress, String ownHost) {
}
