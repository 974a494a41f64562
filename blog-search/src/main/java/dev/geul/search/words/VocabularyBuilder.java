package dev.geul.search.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.geul.search.analysis.WordStems;

/** Counts the words of the blog's posts, tags and categories into a {@link Vocabulary}. Not thread-safe. */
final class VocabularyBuilder {

    /** On a blog this large, a word in one post only is more likely a slip than a word readers look for. */
    static final int POSTS_FOR_RARE_WORDS_TO_COUNT_LESS = 1_000;
    /** A word of a title counts as this many posts holding it. */
    static final int TITLE_WEIGHT = 4;

    private final WordStems stems;
    private final Map<String, int[]> counts = new HashMap<>();
    private final Map<String, Vocabulary.Entry> named = new HashMap<>();
    private final List<Vocabulary.Entry> titles = new ArrayList<>();
    private int posts;

    VocabularyBuilder(WordStems stems) {
        this.stems = stems;
    }

    /** @param text the plain text a reader sees */
    void addPost(String title, String url, String text) {
        posts++;
        Set<String> inTitle = new HashSet<>();
        stems.forEachWord(title, inTitle::add);
        Set<String> inPost = new HashSet<>(inTitle);
        stems.forEachWord(text, inPost::add);
        for (String word : inPost) {
            int[] count = counts.computeIfAbsent(word, key -> new int[2]);
            count[0]++;
            if (inTitle.contains(word)) {
                count[1]++;
            }
        }
        if (title != null && !title.isBlank()) {
            titles.add(new Vocabulary.Entry(title.strip(), Suggestion.Kind.TITLE, url, 1, true));
        }
    }

    void addTag(String name, String url, int postCount) {
        addNamed(new Vocabulary.Entry(name.strip(), Suggestion.Kind.TAG, url, postCount * TITLE_WEIGHT, true));
    }

    void addCategory(String name, String url, int postCount) {
        addNamed(new Vocabulary.Entry(name.strip(), Suggestion.Kind.CATEGORY, url, postCount * TITLE_WEIGHT, true));
    }

    private void addNamed(Vocabulary.Entry entry) {
        named.merge(entry.text().toLowerCase(Locale.ROOT), entry,
                (first, second) -> first.weight() >= second.weight() ? first : second);
    }

    Vocabulary build() {
        int least = posts >= POSTS_FOR_RARE_WORDS_TO_COUNT_LESS ? 2 : 1;
        Map<String, Vocabulary.Entry> words = new HashMap<>();
        counts.forEach((word, count) -> {
            boolean inTitles = count[1] > 0;
            if (count[0] >= least || inTitles) {
                words.put(word, new Vocabulary.Entry(word, Suggestion.Kind.WORD, null,
                        count[0] + (TITLE_WEIGHT - 1) * count[1], inTitles));
            }
        });
        // a tag or category is what the blog calls it, and leads to its page
        named.forEach((key, entry) -> {
            Vocabulary.Entry word = words.get(key);
            int weight = entry.weight() + (word == null ? 0 : word.weight());
            words.put(key, new Vocabulary.Entry(entry.text(), entry.kind(), entry.url(), weight, true));
        });
        Map<String, Integer> postsHolding = new HashMap<>(counts.size());
        counts.forEach((word, count) -> postsHolding.put(word, count[0]));
        return new Vocabulary(words, titles, postsHolding);
    }
}
