package dev.geul.search;

import java.util.List;

/**
 * One page of hits.
 *
 * @param total  how many posts match in all
 * @param hits   this page
 * @param facets     counts of all matching posts per category, tag and year
 * @param suggestion what the query was read as when it found nothing as typed (the keyboard in the other mode:
 *                   {@code skawkclsrn} → 남자친구) and the hits are that reading's; null when the query found hits
 *                   itself
 */
public record SearchResult(long total, List<SearchHit> hits, SearchFacets facets, String suggestion) {

    public SearchResult(long total, List<SearchHit> hits, SearchFacets facets) {
        this(total, hits, facets, null);
    }

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), SearchFacets.NONE);
    }

    /** These hits, as found for a reading of the query other than as typed. */
    public SearchResult rescuedAs(String reading) {
        return new SearchResult(total, hits, facets, reading);
    }
}
