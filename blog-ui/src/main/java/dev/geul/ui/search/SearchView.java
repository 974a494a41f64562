package dev.geul.ui.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.geul.base.BlogProperties;
import dev.geul.base.InvalidInputException;
import dev.geul.base.Permalinks;
import dev.geul.ui.base.Refusals;
import dev.geul.search.FacetCount;
import dev.geul.search.SearchHit;
import dev.geul.search.SearchQuery;
import dev.geul.search.SearchResult;
import dev.geul.search.SearchService;
import dev.geul.search.words.SearchSuggestions;
import dev.geul.ui.base.SearchBox;
import dev.geul.search.SearchSort;
import dev.geul.ui.base.Formats;
import dev.geul.ui.base.MainLayout;

/**
 * Search for readers. Everything about a search lives in the URL ({@code /search?q=회사&category=...&page=2}), so
 * results can be shared and the back button works; filters and pages are plain links.
 */
@Route(value = "search", layout = MainLayout.class)
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 10;

    private final SearchService search;
    private final BlogProperties blog;
    private final SearchBox query;
    private String text = "";

    public SearchView(SearchService search, SearchSuggestions suggestions, BlogProperties blog) {
        this.search = search;
        this.blog = blog;
        this.query = new SearchBox(suggestions);
        addClassName("geul-column");
        query.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Map<String, String> parameters = new LinkedHashMap<>();
        event.getLocation().getQueryParameters().getParameters()
                .forEach((name, values) -> parameters.put(name, values.isEmpty() ? "" : values.getFirst()));
        text = parameters.getOrDefault("q", "").strip();
        query.setText(text);
        add(new H1(getTranslation("search.title")), query);
        if (text.isEmpty()) {
            add(new Paragraph(getTranslation("search.prompt")));
            return;
        }
        SearchQuery request = new SearchQuery(text, blankToNull(parameters.get("category")),
                blankToNull(parameters.get("tag")), year(parameters.get("year")),
                "newest".equals(parameters.get("sort")) ? SearchSort.NEWEST : SearchSort.RELEVANCE,
                page(parameters.get("page")), PAGE_SIZE);
        SearchResult result;
        try {
            result = search.search(request);
        } catch (InvalidInputException e) {
            query.setInvalid(true);
            query.setErrorMessage(Refusals.text(this, e));
            return;
        } catch (dev.geul.search.SearchUnavailableException e) {
            add(new Paragraph(getTranslation("search.unavailable")));
            return;
        }
        show(request, parameters, result);
    }

    private void show(SearchQuery request, Map<String, String> parameters, SearchResult result) {
        if (result.total() == 0) {
            add(new Paragraph(getTranslation("search.none", text)));
            return;
        }
        if (result.suggestion() != null) {
            Paragraph rescued = new Paragraph(getTranslation("search.rescued", text, result.suggestion()));
            rescued.addClassName("geul-search-suggestion");
            add(rescued);
        }
        if (result.didYouMean() != null) {
            Paragraph likelier = new Paragraph(getTranslation("search.didyoumean") + " ");
            likelier.addClassName("geul-search-suggestion");
            likelier.add(new Anchor("search?q=" + Permalinks.encode(result.didYouMean()), result.didYouMean()));
            add(likelier);
        }
        if (!result.alternatives().isEmpty()) {
            Paragraph others = new Paragraph(getTranslation("search.alternatives") + " ");
            others.addClassName("geul-search-suggestion");
            for (String alternative : result.alternatives()) {
                others.add(new Anchor("search?q=" + Permalinks.encode(alternative), alternative), new Span(" "));
            }
            add(others);
        }
        Span count = new Span(getTranslation("search.results", result.total(),
                result.suggestion() != null ? result.suggestion() : text));
        count.addClassName("geul-meta");
        HorizontalLayout sorting = new HorizontalLayout(
                link(getTranslation("search.sort.relevance"), parameters, "sort", null),
                link(getTranslation("search.sort.newest"), parameters, "sort", "newest"));
        add(new HorizontalLayout(count, sorting));
        add(facets(getTranslation("app.categories"), result.facets().categories(), parameters, "category"));
        add(facets(getTranslation("app.tags"), result.facets().tags(), parameters, "tag"));
        add(facets(getTranslation("search.year"), result.facets().years(), parameters, "year"));
        for (SearchHit hit : result.hits()) {
            add(hit(hit));
        }
        int pages = (int) Math.ceil(result.total() / (double) PAGE_SIZE);
        if (pages > 1) {
            HorizontalLayout pager = new HorizontalLayout();
            int number = request.page() + 1;
            if (number > 1) {
                pager.add(link("← " + getTranslation("feed.newer"), parameters, "page", String.valueOf(number - 1)));
            }
            pager.add(new Span(getTranslation("feed.page", number, pages)));
            if (number < pages) {
                pager.add(link(getTranslation("feed.older") + " →", parameters, "page", String.valueOf(number + 1)));
            }
            add(pager);
        }
    }

    private Article hit(SearchHit hit) {
        Article article = new Article();
        article.addClassName("geul-post-card");
        article.add(new H2(new Anchor(hit.url(), hit.title())));
        Span meta = new Span(Formats.date(hit.publishedAt(), blog.timeZone(), getLocale())
                + (hit.category() == null ? "" : " · " + hit.category())
                + " · " + getTranslation("post.comments", hit.commentCount()));
        meta.addClassName("geul-meta");
        article.add(meta);
        // the snippet is escaped text with <mark> around matches, nothing else (SearchHit#snippet)
        article.add(new Html("<p class=\"geul-snippet\">" + hit.snippet() + "</p>"));
        return article;
    }

    private Div facets(String title, List<FacetCount> counts, Map<String, String> parameters, String name) {
        Div box = new Div();
        if (counts.isEmpty()) {
            return box;
        }
        box.addClassName("geul-facets");
        box.add(new H3(title));
        Div links = new Div();
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.75em");
        boolean filtered = parameters.containsKey(name) && !parameters.get(name).isBlank();
        if (filtered) {
            links.add(link(getTranslation("search.all"), parameters, name, null));
        }
        for (FacetCount count : counts) {
            Anchor anchor = link(count.label() + " (" + count.count() + ")", parameters, name, count.key());
            if (count.key().equals(parameters.get(name))) {
                anchor.getStyle().set("font-weight", "700");
            }
            links.add(anchor);
        }
        box.add(links);
        return box;
    }

    /** A link to this search with one parameter changed (or removed, for null); the page starts again. */
    private static Anchor link(String text, Map<String, String> parameters, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        if (!name.equals("page")) {
            changed.remove("page");
        }
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new Anchor("search?" + QueryParameters.simple(changed).getQueryString(), text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Integer year(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int page(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public String getPageTitle() {
        return (text.isEmpty() ? getTranslation("search.title") : text + " · " + getTranslation("search.title"))
                + " · " + blog.title();
    }
}
