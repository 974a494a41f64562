package dev.geul.post;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What changed from one text of a post to another, as runs of words kept, removed and added, in reading order.
 *
 * @param from  what the older side is: a revision's id, or null for the post as it is now
 * @param to    the newer side, likewise
 * @param title whether, and how, the title changed
 */
public record RevisionDiff(@Nullable Long from, @Nullable Long to, List<Segment> title, List<Segment> text) {

    public enum Change { SAME, REMOVED, ADDED }

    /** A run of text (words, spaces, line breaks) on one side or both. */
    public record Segment(Change change, String text) {
    }

    /** What changed from one HTML text to another, word by word, as read. */
    public static List<Segment> between(String beforeHtml, String afterHtml) {
        return TextDiff.between(beforeHtml, afterHtml);
    }

    /** Whether the two sides read the same. */
    public boolean unchanged() {
        return title.stream().allMatch(segment -> segment.change() == Change.SAME)
                && text.stream().allMatch(segment -> segment.change() == Change.SAME);
    }
}
