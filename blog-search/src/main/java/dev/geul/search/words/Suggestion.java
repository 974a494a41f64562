package dev.geul.search.words;

import org.jspecify.annotations.Nullable;

/**
 * What the search box offers while a reader types.
 *
 * @param text what it says, and what is searched for when it is a word
 * @param kind what it is
 * @param url  where it leads: the post, the tag's or the category's page; null for a word, which is searched for
 */
public record Suggestion(String text, Kind kind, @Nullable String url) {

    public enum Kind {
        /** A word of the blog's posts. */
        WORD,
        TAG,
        CATEGORY,
        /** A post's or page's title. */
        TITLE
    }
}
