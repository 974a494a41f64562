package dev.geul.search;

public enum SearchSort {
    /** Posts holding every word first, title matches before text matches, then newest. */
    RELEVANCE,
    /** Newest publication first (drafts, which have none, last, by their last change). */
    NEWEST
}
