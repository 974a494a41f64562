package dev.geul.search;

/**
 * The search index cannot answer now (the search cluster is down or unreachable). Reading, writing and commenting
 * go on without it; the API answers 503 and the search page says so.
 */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(Throwable cause) {
        super("Search is unavailable for a moment: the search index does not answer. Please try again soon.", cause);
    }
}
