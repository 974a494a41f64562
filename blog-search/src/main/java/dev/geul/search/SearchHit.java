package dev.geul.search;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A post that matched.
 *
 * @param url          where readers find it ({@link dev.geul.base.Permalinks})
 * @param snippet      HTML: the best matching passage with the matched words in {@code <mark>}; everything else
 *                     is escaped text, with no other markup
 * @param publishedAt  null for a draft
 * @param category     the category's name, or null
 * @param categorySlug the category's slug, or null
 * @param commentCount approved comments
 */
public record SearchHit(long id, String slug, String title, String url, String snippet, @Nullable Instant publishedAt,
                        @Nullable String category, @Nullable String categorySlug, long commentCount) {
}
