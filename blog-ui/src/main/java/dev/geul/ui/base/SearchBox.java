package dev.geul.ui.base;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import dev.geul.search.SearchService;
import dev.geul.search.words.SearchSuggestions;
import dev.geul.search.words.Suggestion;

/**
 * The search box: as a reader types it offers the blog's words, tags, categories and titles (회ㅅ already offers
 * 회사); Enter searches for what is typed, a tag, category or title goes to its page.
 */
public class SearchBox extends ComboBox<Suggestion> {

    public SearchBox(SearchSuggestions suggestions) {
        setPlaceholder(getTranslation("app.search.placeholder"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setAllowCustomValue(true);
        setAriaLabel(getTranslation("app.search.placeholder"));
        setItemLabelGenerator(Suggestion::text);
        setRenderer(LitRenderer.<Suggestion>of("""
                        <span>${item.text}</span>&nbsp;<span class="geul-meta">${item.kind}</span>""")
                .withProperty("text", Suggestion::text)
                .withProperty("kind", this::kindLabel));
        setItems(query -> {
            String typed = query.getFilter().orElse("");
            // what is too long to search for is refused when searched for, with a message
            List<Suggestion> found = typed.length() > SearchService.MAX_QUERY_LENGTH ? List.of()
                    : suggestions.suggest(typed, SearchSuggestions.DEFAULT_COUNT);
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        addCustomValueSetListener(event -> search(event.getDetail()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                open(event.getValue());
            }
        });
    }

    /** Shows what was searched for. */
    public void setText(String text) {
        setValue(text == null || text.isBlank() ? null : new Suggestion(text, Suggestion.Kind.WORD, null));
    }

    private void open(Suggestion suggestion) {
        if (suggestion.url() == null) {
            search(suggestion.text());
        } else {
            // a permalink, percent-encoded as readers share it
            UI.getCurrent().getPage().setLocation(suggestion.url());
        }
    }

    private static void search(String text) {
        UI.getCurrent().navigate("search", QueryParameters.of("q", text));
    }

    private String kindLabel(Suggestion suggestion) {
        return switch (suggestion.kind()) {
            case WORD -> "";
            case TAG -> getTranslation("search.suggestion.tag");
            case CATEGORY -> getTranslation("search.suggestion.category");
            case TITLE -> getTranslation("search.suggestion.title");
        };
    }
}
