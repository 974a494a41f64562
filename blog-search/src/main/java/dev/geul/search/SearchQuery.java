package dev.geul.search;

import org.jspecify.annotations.Nullable;

/**
 * What a reader typed and picked. No query syntax: words are split at spaces, particles need not be removed
 * (회사에서 finds 회사).
 *
 * @param text     the words; null or blank gives an empty result, more than {@value SearchService#MAX_QUERY_LENGTH}
 *                 characters is refused
 * @param category a category slug (its subcategories count too), or null
 * @param tag      a tag slug, or null
 * @param year     a publication year, or null
 * @param sort     null for {@link SearchSort#RELEVANCE}
 * @param page     0-based
 * @param size     hits per page; 0 or less for the default, capped at {@value SearchService#MAX_PAGE_SIZE}
 */
public record SearchQuery(@Nullable String text, @Nullable String category, @Nullable String tag,
                          @Nullable Integer year, @Nullable SearchSort sort, int page, int size) {

    /** The first page of results for {@code text}, by relevance, without filters. */
    public static SearchQuery of(@Nullable String text) {
        return new SearchQuery(text, null, null, null, SearchSort.RELEVANCE, 0, SearchService.DEFAULT_PAGE_SIZE);
    }

    /** The same search for other words: what the query was read as. */
    public SearchQuery withText(String newText) {
        return new SearchQuery(newText, category, tag, year, sort, page, size);
    }

    public SearchQuery withCategory(@Nullable String categorySlug) {
        return new SearchQuery(text, categorySlug, tag, year, sort, page, size);
    }

    public SearchQuery withTag(@Nullable String tagSlug) {
        return new SearchQuery(text, category, tagSlug, year, sort, page, size);
    }

    public SearchQuery withYear(@Nullable Integer newYear) {
        return new SearchQuery(text, category, tag, newYear, sort, page, size);
    }

    public SearchQuery sortedBy(@Nullable SearchSort newSort) {
        return new SearchQuery(text, category, tag, year, newSort, page, size);
    }

    public SearchQuery page(int newPage, int newSize) {
        return new SearchQuery(text, category, tag, year, sort, newPage, newSize);
    }
}
