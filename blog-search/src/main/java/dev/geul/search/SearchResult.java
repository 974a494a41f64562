package dev.geul.search;

import java.util.List;

/**
 * One page of hits.
 *
 * @param total  how many posts match in all
 * @param hits   this page
 * @param facets counts of all matching posts per category, tag and year
 */
public record SearchResult(long total, List<SearchHit> hits, SearchFacets facets) {

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), SearchFacets.NONE);
    }
}
