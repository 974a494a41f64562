package dev.geul.web.api;

import java.time.Instant;
import java.util.List;

import dev.geul.search.ReindexProgress;
import dev.geul.search.SearchFacets;
import dev.geul.search.SearchHit;
import dev.geul.search.SearchIndexAdmin;
import dev.geul.search.SearchQuery;
import dev.geul.search.SearchResult;
import dev.geul.search.SearchService;
import dev.geul.search.SearchSort;
import dev.geul.search.words.SearchSuggestions;
import dev.geul.search.words.Suggestion;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search for readers, and the admins' rebuild of the index. */
@RestController
class SearchApiController {

    private final SearchService search;
    private final SearchSuggestions suggestions;
    private final SearchIndexAdmin index;

    SearchApiController(SearchService search, SearchSuggestions suggestions, SearchIndexAdmin index) {
        this.search = search;
        this.suggestions = suggestions;
        this.index = index;
    }

    record Hit(long id, String slug, String title, String url, String snippet, @Nullable Instant publishedAt,
               @Nullable String category,
               long commentCount) {

        static Hit of(SearchHit hit) {
            return new Hit(hit.id(), hit.slug(), hit.title(), hit.url(), hit.snippet(), hit.publishedAt(),
                    hit.category(), hit.commentCount());
        }
    }

    /**
     * @param suggestion   what the query was read as when it found nothing as typed (the hits are for it), or null
     * @param alternatives other words a query of initial consonants may have meant, to search for instead
     * @param didYouMean   a likelier query offered beside these hits (which are the query's as typed), or null
     */
    record Results(long total, int page, int size, List<Hit> hits, SearchFacets facets,
                   @Nullable String suggestion, List<String> alternatives, @Nullable String didYouMean) {
    }

    /**
     * {@code GET /api/search?q=회사&page=1&size=10&category=&tag=&year=&sort=relevance|newest}, paged as every list
     * of the API is ({@link ApiPaging}).
     */
    @GetMapping("/api/search")
    Results search(@RequestParam(name = "q", defaultValue = "") String text,
                   @RequestParam(defaultValue = "1") int page,
                   @RequestParam(defaultValue = "10") int size,
                   @RequestParam(required = false) @Nullable String category,
                   @RequestParam(required = false) @Nullable String tag,
                   @RequestParam(required = false) @Nullable Integer year,
                   @RequestParam(defaultValue = "relevance") String sort) {
        ApiPaging paging = ApiPaging.of(page, size);
        SearchSort order = "newest".equalsIgnoreCase(sort) ? SearchSort.NEWEST : SearchSort.RELEVANCE;
        SearchResult result = search.search(new SearchQuery(text, blank(category), blank(tag), year, order,
                paging.zeroBased(), paging.size()));
        return new Results(result.total(), paging.page(), paging.size(), result.hits().stream().map(Hit::of).toList(),
                result.facets(), result.suggestion(), result.alternatives(), result.didYouMean());
    }

    /** @param suggestions the best first: words to search for (no url), tags, categories and titles (their url) */
    record Suggestions(String query, List<Suggestion> suggestions) {
    }

    /**
     * {@code GET /api/search/suggestions?q=회ㅅ&size=8}: what the search box offers for what has been typed so far
     * (the syllable being typed counts by its letters; consonants alone as initials). Not a paged list: {@code size}
     * is how many at most, 1 to {@value SearchSuggestions#MAX_COUNT}, anything else refused with 400.
     */
    @GetMapping("/api/search/suggestions")
    Suggestions suggestions(@RequestParam(name = "q", defaultValue = "") String text,
                            @RequestParam(defaultValue = "" + SearchSuggestions.DEFAULT_COUNT) int size) {
        if (size < 1 || size > SearchSuggestions.MAX_COUNT) {
            throw new BadApiRequest("size", "size must be between 1 and " + SearchSuggestions.MAX_COUNT);
        }
        return new Suggestions(text, suggestions.suggest(text, size));
    }

    /** Rebuilds the index from the database (admins; HTTP Basic) and answers when it is done. */
    @PostMapping("/api/admin/reindex")
    ReindexProgress reindex() {
        return index.reindex(progress -> { });
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
