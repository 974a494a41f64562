package dev.geul.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of hits.
 *
 * @param total  how many posts match in all
 * @param hits   this page
 * @param facets     counts of all matching posts per category, tag and year
 * @param suggestion what the query was read as when it found nothing as typed (the keyboard in the other mode:
 *                   {@code skawkclsrn} → 남자친구) and the hits are that reading's; null when the query found hits
 *                   itself
 * @param alternatives other words the query may have meant, when it was read as initial consonants (ㅅㄱ: 생각,
 *                     then 시간, 사고…), to search for instead; empty otherwise
 * @param didYouMean   a likelier query offered beside these hits, which are the query's as typed: a word few posts
 *                     hold (시람, a slip) one letter from one many more hold (사람); null when there is none
 */
public record SearchResult(long total, List<SearchHit> hits, SearchFacets facets, @Nullable String suggestion,
                           List<String> alternatives, @Nullable String didYouMean) {

    public SearchResult(long total, List<SearchHit> hits, SearchFacets facets) {
        this(total, hits, facets, null, List.of(), null);
    }

    /** These hits, with a likelier query offered beside them. */
    public SearchResult offering(String likelierQuery) {
        return new SearchResult(total, hits, facets, suggestion, alternatives, likelierQuery);
    }

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), SearchFacets.NONE);
    }

    /** These hits, as found for a reading of the query other than as typed, and the other readings there were. */
    public SearchResult rescuedAs(String reading, List<String> otherReadings) {
        return new SearchResult(total, hits, facets, reading, List.copyOf(otherReadings), null);
    }
}
