package dev.geul.search.words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

import dev.geul.search.analysis.Jamo;
import org.jspecify.annotations.Nullable;

/**
 * The words readers can find on the blog, with how often they occur: what a typo is corrected to, what initial
 * consonants stand for, and what the search box suggests. Immutable; {@link BlogVocabulary} makes a new one as
 * the blog changes.
 */
public final class Vocabulary {

    /** Suggestions that are titles, at most, so that words and tags still show. */
    static final int MAX_TITLE_SUGGESTIONS = 3;

    static final Vocabulary EMPTY = new Vocabulary(Map.of(), List.of(), Map.of());
    /** A word held by this many posts or fewer may be a slip for a word far commoner. */
    static final int RARE = 2;
    /** How much commoner a word one letter away must be to be offered instead of a rare word. */
    static final int LIKELIER = 10;

    /**
     * @param url where it leads, as a {@link Suggestion}'s: null for a word
     * @param named whether it is a tag, a category or a word of a title: what a blog is about, first
     * @param weight how much it counts: the posts holding it, titles more
     */
    record Entry(String text, Suggestion.Kind kind, @Nullable String url, int weight, boolean named) {

        static final Comparator<Entry> BEST_FIRST = Comparator.comparing(Entry::named)
                .thenComparingInt(Entry::weight).reversed().thenComparing(Entry::text);

        Suggestion suggestion() {
            return new Suggestion(text, kind, url);
        }
    }

    /** Words, tags and categories by their lowercase text: what corrections, initials and suggestions offer. */
    private final Map<String, Entry> words;
    /**
     * Every word of the blog, the rarest too, with how many posts hold it: a word the blog holds is never taken for
     * a typo, though a rare one may be offered a likelier word.
     */
    private final Map<String, Integer> postsHolding;
    /** Every entry (titles too) under the keystrokes of its lowercase text, sorted, for prefixes. */
    private final String[] keys;
    private final Entry[] entries;
    /** Words under their initial consonants, sorted, for initials and their prefixes. */
    private final String[] initialKeys;
    private final Entry[] initialEntries;

    Vocabulary(Map<String, Entry> words, List<Entry> titles, Map<String, Integer> postsHolding) {
        this.words = Map.copyOf(words);
        this.postsHolding = Map.copyOf(postsHolding);
        List<Keyed> keyed = new ArrayList<>();
        List<Keyed> byInitial = new ArrayList<>();
        for (Entry entry : words.values()) {
            keyed.add(new Keyed(Jamo.keystrokes(entry.text().toLowerCase(Locale.ROOT)), entry));
            String initialsOfWord = Jamo.initials(entry.text());
            if (initialsOfWord != null && initialsOfWord.length() >= 2) {
                byInitial.add(new Keyed(initialsOfWord, entry));
            }
        }
        for (Entry title : titles) {
            keyed.add(new Keyed(Jamo.keystrokes(title.text().toLowerCase(Locale.ROOT)), title));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        byInitial.sort(Comparator.comparing(Keyed::key));
        this.keys = keyed.stream().map(Keyed::key).toArray(String[]::new);
        this.entries = keyed.stream().map(Keyed::entry).toArray(Entry[]::new);
        this.initialKeys = byInitial.stream().map(Keyed::key).toArray(String[]::new);
        this.initialEntries = byInitial.stream().map(Keyed::entry).toArray(Entry[]::new);
    }

    private record Keyed(String key, Entry entry) {
    }

    /** How many words, tags and categories it knows. */
    public int size() {
        return words.size();
    }

    /** Whether a post of the blog holds the word (a noun, or a tag's or category's name), however rarely. */
    public boolean knows(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return words.containsKey(lower) || postsHolding.containsKey(lower);
    }

    /**
     * Whether enough posts hold the word ({@value #LIKELIER} or more) that a word no post holds, one letter from it,
     * is far likelier a slip for it than a search for what nori finds in its pieces (데화 → 대화, not 데 and 화).
     */
    public boolean isCommon(String word) {
        return postsHolding.getOrDefault(word.toLowerCase(Locale.ROOT), 0) >= LIKELIER;
    }

    /**
     * For a word few posts hold (at most {@value #RARE}), the word one letter away that {@value #LIKELIER} times as
     * many hold, if there is one: 시람, a slip in one post, for 사람 in hundreds. Empty for a common word.
     */
    public Optional<String> likelier(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int holding = postsHolding.getOrDefault(lower, 0);
        if (holding == 0 || holding > RARE || words.containsKey(lower) && words.get(lower).named()) {
            return Optional.empty();
        }
        return candidates(lower).stream().map(words::get).filter(java.util.Objects::nonNull)
                .filter(entry -> postsHolding.getOrDefault(entry.text().toLowerCase(Locale.ROOT), 0) >= LIKELIER * holding)
                .min(Entry.BEST_FIRST).map(Entry::text);
    }

    /**
     * The word of the blog one letter away from {@code word}, the commonest when there are several: one jamo for
     * Hangul (남지친구 → 남자친구), one letter added, dropped, changed or two swapped for Latin (kubernetse →
     * kubernetes). Empty when a post holds the word itself, or no word near it.
     */
    public Optional<String> correction(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (knows(lower)) {
            return Optional.empty();
        }
        return candidates(lower).stream().map(words::get).filter(java.util.Objects::nonNull)
                .min(Entry.BEST_FIRST).map(Entry::text);
    }

    /** The words one letter from a lowercase word: one jamo for Hangul, one edit for Latin; none for others. */
    private static List<String> candidates(String lower) {
        if (lower.codePoints().allMatch(c -> Jamo.isSyllable((char) c)) && lower.length() >= 2) {
            return Jamo.oneLetterAway(lower);
        }
        if (lower.matches("[a-z0-9]{3,}")) {
            return LatinEdits.oneAway(lower);
        }
        return List.of();
    }

    /** The words whose syllables start with these consonants (ㄴㅈㅊㄱ → 남자친구), best first. */
    public List<String> withInitials(String initials, int limit) {
        return best(initialKeys, initialEntries, initials, limit, entry -> initials.equals(Jamo.initials(entry.text())))
                .stream().map(Entry::text).toList();
    }

    /**
     * What the search box offers for what has been typed so far: words, tags and categories that start with its
     * last word, the syllable being typed counting as its letters (회ㅅ → 회사), or with the initial consonants
     * typed (ㄴㅈ → 남자친구); then titles that start with all of it. The commonest first.
     */
    public List<Suggestion> suggest(String typed, int limit) {
        String text = typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || limit <= 0) {
            return List.of();
        }
        int lastSpace = text.lastIndexOf(' ');
        String before = lastSpace < 0 ? "" : text.substring(0, lastSpace + 1);
        String last = text.substring(lastSpace + 1);

        List<Entry> wordMatches = Jamo.isInitialsOnly(last)
                ? best(initialKeys, initialEntries, last, limit, entry -> entry.kind() != Suggestion.Kind.TITLE)
                : best(keys, entries, Jamo.keystrokes(last), limit, entry -> entry.kind() != Suggestion.Kind.TITLE);
        List<Entry> titleMatches = distinctTexts(best(keys, entries, Jamo.keystrokes(text), limit * 4,
                entry -> entry.kind() == Suggestion.Kind.TITLE), MAX_TITLE_SUGGESTIONS);

        // titles take the room words leave, and at least half of it when there are more words than room
        int titleCount = Math.min(titleMatches.size(), Math.max(limit - wordMatches.size(), limit / 2));
        List<Suggestion> suggestions = new ArrayList<>(limit);
        // one entry a word (a tag and a word of one name are one), so no word shows twice
        for (Entry entry : wordMatches.subList(0, Math.min(wordMatches.size(), limit - titleCount))) {
            // a word completes the last word typed and what came before stays: a search for all of it
            suggestions.add(entry.kind() == Suggestion.Kind.WORD || !before.isEmpty()
                    ? new Suggestion(before + entry.text(), Suggestion.Kind.WORD, null) : entry.suggestion());
        }
        titleMatches.subList(0, titleCount).forEach(title -> suggestions.add(title.suggestion()));
        return List.copyOf(suggestions);
    }

    /** Posts of one title (일기, 일기) show once. */
    private static List<Entry> distinctTexts(List<Entry> entries, int limit) {
        Set<String> seen = new HashSet<>();
        return entries.stream().filter(entry -> seen.add(entry.text().toLowerCase(Locale.ROOT))).limit(limit).toList();
    }

    /** The best entries whose key starts with {@code prefix}. */
    private static List<Entry> best(String[] keys, Entry[] entries, String prefix, int limit,
                                    java.util.function.Predicate<Entry> wanted) {
        int from = lowerBound(keys, prefix);
        PriorityQueue<Entry> top = new PriorityQueue<>(Entry.BEST_FIRST.reversed());
        for (int i = from; i < keys.length && keys[i].startsWith(prefix); i++) {
            if (wanted.test(entries[i])) {
                top.add(entries[i]);
                if (top.size() > limit) {
                    top.poll();
                }
            }
        }
        List<Entry> found = new ArrayList<>(top);
        found.sort(Entry.BEST_FIRST);
        return found;
    }

    private static int lowerBound(String[] keys, String prefix) {
        int at = Arrays.binarySearch(keys, prefix);
        if (at < 0) {
            return -at - 1;
        }
        while (at > 0 && keys[at - 1].equals(prefix)) {
            at--;
        }
        return at;
    }

    /** Every word it knows, for tests and reports. */
    Set<String> words() {
        return new LinkedHashSet<>(words.keySet());
    }
}
