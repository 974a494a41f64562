package dev.geul.search.words;

import java.text.Normalizer;
import java.util.List;

import dev.geul.base.InvalidInputException;
import dev.geul.search.SearchService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the search box offers as a reader types: words, tags and categories of the blog that start with what is
 * typed (the syllable being typed counts by its letters: 회ㅅ → 회사; consonants alone as initials: ㄴㅈ →
 * 남자친구), and titles. Only what readers may find: words of live public posts. From memory, so it keeps up
 * with typing.
 */
@Service
public class SearchSuggestions {

    public static final int DEFAULT_COUNT = 8;
    public static final int MAX_COUNT = 20;

    private final BlogVocabulary vocabulary;

    SearchSuggestions(BlogVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param count how many at most, 1 to {@value #MAX_COUNT}
     * @return none for blank text
     * @throws InvalidInputException when the text is longer than a query may be, or the count out of range
     */
    @PreAuthorize("permitAll()")
    public List<Suggestion> suggest(String typed, int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidInputException("size", "error.suggestions.count",
                    "Ask for 1 to " + MAX_COUNT + " suggestions", MAX_COUNT);
        }
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        if (typed.length() > SearchService.MAX_QUERY_LENGTH) {
            throw new InvalidInputException("q", "error.search.long", "Search for at most " + SearchService.MAX_QUERY_LENGTH
                    + " characters", SearchService.MAX_QUERY_LENGTH);
        }
        return vocabulary.current().suggest(Normalizer.normalize(typed, Normalizer.Form.NFC), count);
    }
}
