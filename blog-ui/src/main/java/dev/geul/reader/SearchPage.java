package dev.geul.reader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.geul.base.InvalidInputException;
import dev.geul.base.Permalinks;
import dev.geul.search.FacetCount;
import dev.geul.search.SearchHit;
import dev.geul.search.SearchQuery;
import dev.geul.search.SearchResult;
import dev.geul.search.SearchService;
import dev.geul.search.SearchSort;
import dev.geul.search.SearchUnavailableException;
import dev.geul.reader.ReaderModels.Link;
import dev.geul.reader.ReaderModels.Pager;
import dev.geul.reader.theme.HtmlValue;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * Search for readers, rendered on the server: hits with the matched words marked, filters by category, tag and
 * year, and what the reader may have meant. Everything lives in the address
 * ({@code /search?q=회사&category=...&page=2}), so results can be shared and filters are plain links.
 */
@Controller
class SearchPage {

    static final int PAGE_SIZE = 10;

    private final SearchService search;
    private final ReaderPages pages;
    private final PageHead head;
    private final ReaderText text;
    private final ReaderDates dates;

    SearchPage(SearchService search, ReaderPages pages, PageHead head, ReaderText text, ReaderDates dates) {
        this.search = search;
        this.pages = pages;
        this.head = head;
        this.text = text;
        this.dates = dates;
    }

    public record Hit(String title, String url, String date, String isoDate, @Nullable String category,
                      String comments, @HtmlValue String snippet) {
    }

    public record FacetLink(String label, String url, boolean selected) {
    }

    public record Facet(String title, List<FacetLink> links) {
    }

    /**
     * @param snippet of each hit: escaped text with {@code <mark>} around matches, nothing else (SearchHit#snippet)
     */
    public record Results(String heading, String query, @Nullable String message, @Nullable String rescued,
                          @Nullable Link didYouMean, @Nullable String didYouMeanLabel, List<Link> alternatives,
                          @Nullable String alternativesLabel, @Nullable String count, List<Link> sorting,
                          List<Facet> facets, List<Hit> hits, @Nullable Pager pager) {
    }

    @GetMapping("/search")
    ResponseEntity<String> search(@RequestParam Map<String, String> parameters, WebRequest request) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : List.of("q", "category", "tag", "year", "sort", "page")) {
            String value = parameters.get(name);
            if (value != null && !value.isBlank()) {
                kept.put(name, value.strip());
            }
        }
        String query = kept.getOrDefault("q", "");
        String title = query.isEmpty() ? text.getTranslation("search.title")
                : query + " · " + text.getTranslation("search.title");
        Results results = query.isEmpty() ? message(query, text.getTranslation("search.prompt")) : run(query, kept);
        return pages.shared(request, HttpStatus.OK, "search", head.list(title, "/search", true), results, query);
    }

    private Results run(String query, Map<String, String> parameters) {
        int page = ListPages.pageNumber(parameters.get("page"));
        SearchQuery request = new SearchQuery(query, parameters.get("category"), parameters.get("tag"),
                year(parameters.get("year")), "newest".equals(parameters.get("sort")) ? SearchSort.NEWEST
                : SearchSort.RELEVANCE, page, PAGE_SIZE);
        SearchResult result;
        try {
            result = search.search(request);
        } catch (InvalidInputException | SearchUnavailableException e) {
            return message(query, text.getTranslation(e.key(), e.args()));
        }
        if (result.total() == 0) {
            return message(query, text.getTranslation("search.none", query));
        }
        String rescued = result.suggestion() == null ? null
                : text.getTranslation("search.rescued", query, result.suggestion());
        Link didYouMean = result.didYouMean() == null ? null
                : new Link(result.didYouMean(), "/search?q=" + Permalinks.encode(result.didYouMean()));
        List<Link> alternatives = result.alternatives().stream()
                .map(word -> new Link(word, "/search?q=" + Permalinks.encode(word))).toList();
        String count = text.getTranslation("search.results", result.total(),
                result.suggestion() != null ? result.suggestion() : query);
        List<Link> sorting = List.of(
                new Link(text.getTranslation("search.sort.relevance"), link(parameters, "sort", null)),
                new Link(text.getTranslation("search.sort.newest"), link(parameters, "sort", "newest")));
        List<Facet> facets = new ArrayList<>();
        addFacet(facets, text.getTranslation("app.categories"), result.facets().categories(), parameters, "category");
        addFacet(facets, text.getTranslation("app.tags"), result.facets().tags(), parameters, "tag");
        addFacet(facets, text.getTranslation("search.year"), result.facets().years(), parameters, "year");
        List<Hit> hits = result.hits().stream().map(this::hit).toList();
        int pagesInAll = (int) Math.ceil(result.total() / (double) PAGE_SIZE);
        Pager pager = null;
        if (pagesInAll > 1) {
            int number = page + 1;
            pager = new Pager(number > 1 ? link(parameters, "page", String.valueOf(number - 1)) : null,
                    number < pagesInAll ? link(parameters, "page", String.valueOf(number + 1)) : null,
                    text.getTranslation("feed.page", number, pagesInAll));
        }
        return new Results(text.getTranslation("search.title"), query, null, rescued, didYouMean,
                text.getTranslation("search.didyoumean"), alternatives, text.getTranslation("search.alternatives"),
                count, sorting, facets, hits, pager);
    }

    private Results message(String query, String message) {
        return new Results(text.getTranslation("search.title"), query, message, null, null, null, List.of(), null,
                null, List.of(), List.of(), List.of(), null);
    }

    private Hit hit(SearchHit hit) {
        return new Hit(hit.title(), hit.url(), dates.date(hit.publishedAt()), ReaderDates.iso(hit.publishedAt()),
                hit.category(), text.getTranslation("post.comments", hit.commentCount()), hit.snippet());
    }

    private void addFacet(List<Facet> facets, String title, List<FacetCount> counts, Map<String, String> parameters,
                          String name) {
        if (counts.isEmpty()) {
            return;
        }
        List<FacetLink> links = new ArrayList<>();
        if (parameters.containsKey(name)) {
            links.add(new FacetLink(text.getTranslation("search.all"), link(parameters, name, null), false));
        }
        for (FacetCount count : counts) {
            links.add(new FacetLink(count.label() + " (" + count.count() + ")", link(parameters, name, count.key()),
                    count.key().equals(parameters.get(name))));
        }
        facets.add(new Facet(title, links));
    }

    /** This search with one parameter changed (or removed, for null); any other change starts at page one. */
    private static String link(Map<String, String> parameters, String name, @Nullable String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        if (!name.equals("page")) {
            changed.remove("page");
        }
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return "/search?" + changed.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + Permalinks.encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static @Nullable Integer year(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
