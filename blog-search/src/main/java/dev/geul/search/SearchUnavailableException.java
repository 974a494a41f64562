package dev.geul.search;

import java.time.Duration;

import dev.geul.base.UnavailableException;

/**
 * The search index cannot answer now (the search cluster is down or unreachable). Reading, writing and commenting
 * go on without it; the API answers 503 and the search page says so.
 */
public class SearchUnavailableException extends UnavailableException {

    /** The message's key. */
    public static final String KEY = "search.unavailable";
    /** How soon asking again makes sense: a node restarting is back within a minute. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    public SearchUnavailableException(Throwable cause) {
        super(KEY, "Search is unavailable for a moment: the search index does not answer. Please try again soon.",
                RETRY_AFTER, cause);
    }
}
