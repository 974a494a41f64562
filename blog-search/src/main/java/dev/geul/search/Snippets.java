package dev.geul.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Entities;

/**
 * The snippet of a hit: a passage of its plain text around the query's words, HTML-escaped, with each word in
 * {@code <mark>} and no other markup.
 *
 * <p>The words are marked where they occur in the text, also inside longer words, since that is how Korean
 * writes them (회사에서, 쿠버네티스를), in any case. Marking the few hits of a page from their stored text is
 * a small fraction of the cost of Lucene's highlighter, which analyzes every hit's text again per field.
 */
final class Snippets {

    static final int MAX_LENGTH = 200;
    /** How much text to show before the first marked word when the text must be cut. */
    static final int CONTEXT_BEFORE = 60;
    private static final String ELLIPSIS = "…";
    /** Enough occurrences to choose a passage from; a long text repeating a word has more. */
    private static final int MAX_MATCHES = 500;

    private Snippets() {
    }

    /** A marked word: where it is in the text, and which of the words it is. */
    private record Match(int start, int end, String word) {
    }

    /** A passage as HTML and how many words it marks. */
    private record Passage(String html, int marks) {
    }

    /**
     * The snippet of a hit from its texts (its content, then its comments).
     *
     * @return the passage of the text marking the most words (the first of equals), or null when no text holds any
     */
    static @Nullable String best(Collection<String> texts, Collection<String> words) {
        Passage best = null;
        for (String text : texts) {
            Passage passage = passage(text, words, MAX_LENGTH);
            if (passage != null && (best == null || passage.marks() > best.marks())) {
                best = passage;
            }
        }
        return best == null ? null : best.html();
    }

    /**
     * @param text  plain text
     * @param words what to mark; blank ones are ignored
     * @return the passage with the most different words marked, or null when no word occurs in the text
     */
    static @Nullable String highlight(String text, Collection<String> words, int maxLength) {
        Passage passage = passage(text, words, maxLength);
        return passage == null ? null : passage.html();
    }

    private static @Nullable Passage passage(String text, Collection<String> words, int maxLength) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<Match> matches = find(text, words);
        if (matches.isEmpty()) {
            return null;
        }
        int from = 0;
        int to = text.length();
        if (text.length() > maxLength) {
            from = bestStart(text, matches, maxLength);
            to = Math.min(text.length(), from + maxLength);
            if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
                to--;
            }
        }
        StringBuilder out = new StringBuilder(maxLength + 64);
        if (from > 0) {
            out.append(ELLIPSIS);
        }
        int position = from;
        int marks = 0;
        for (Match match : matches) {
            if (match.end() <= from || match.start() >= to) {
                continue;
            }
            int start = Math.max(match.start(), from);
            int end = Math.min(match.end(), to);
            out.append(escape(text.substring(position, start)));
            out.append("<mark>").append(escape(text.substring(start, end))).append("</mark>");
            position = end;
            marks++;
        }
        out.append(escape(text.substring(position, to)));
        if (to < text.length()) {
            out.append(ELLIPSIS);
        }
        return new Passage(out.toString(), marks);
    }

    /** Every occurrence of every word, in order and not overlapping (a longer word wins where two start). */
    private static List<Match> find(String text, Collection<String> words) {
        String folded = fold(text);
        List<String> needles = words.stream().filter(word -> word != null && !word.isBlank()).map(Snippets::fold)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<Match> found = new ArrayList<>();
        for (String needle : needles) {
            for (int at = folded.indexOf(needle); at >= 0 && found.size() < MAX_MATCHES;
                 at = folded.indexOf(needle, at + needle.length())) {
                found.add(new Match(at, at + needle.length(), needle));
            }
        }
        found.sort(Comparator.comparingInt(Match::start).thenComparing(match -> -match.end()));
        List<Match> apart = new ArrayList<>(found.size());
        int end = 0;
        for (Match match : found) {
            if (match.start() >= end) {
                apart.add(match);
                end = match.end();
            }
        }
        return apart;
    }

    /** Where a passage of {@code length} characters holding the most different words starts. */
    private static int bestStart(String text, List<Match> matches, int length) {
        int bestStart = 0;
        int bestWords = -1;
        for (int i = 0; i < matches.size(); i++) {
            int start = Math.max(0, Math.min(matches.get(i).start() - Math.min(CONTEXT_BEFORE, length / 3),
                    text.length() - length));
            Set<String> inside = new HashSet<>();
            for (int j = i; j < matches.size() && matches.get(j).end() <= start + length; j++) {
                inside.add(matches.get(j).word());
            }
            if (inside.size() > bestWords) {
                bestWords = inside.size();
                bestStart = start;
            }
        }
        if (bestStart > 0 && Character.isLowSurrogate(text.charAt(bestStart))) {
            bestStart++;
        }
        return bestStart;
    }

    /** Lower case, one char for one char, so that positions in the folded text are positions in the text. */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** Plain text as HTML (jsoup): {@code & < > " '} and no-break spaces escaped. */
    static String escape(String text) {
        return Entities.escape(text);
    }
}
