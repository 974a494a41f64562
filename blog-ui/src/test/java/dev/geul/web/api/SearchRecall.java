package dev.geul.web.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Recall and precision of single nouns, by paging through every hit {@code /api/search} gives and comparing them with
 * the posts that are relevant: those with a word that starts with the noun or with a synonym of it. Paging through
 * every hit of a noun most posts hold would take hundreds of requests, so the nouns measured are those, in the order
 * given, whose relevant posts fit a budget of page requests.
 */
final class SearchRecall {

    /** {@code GET /api/search} for one page. */
    interface Search {
        JsonNode page(String query, int page, int size);
    }

    /** Prints a figure with what it was measured on. */
    interface Figures {
        void figure(String format, Object... args);
    }

    /** A noun may take at most this many pages of the budget, so that one common noun does not spend it all. */
    static final int MOST_PAGES_A_NOUN = 100;

    private final Search search;
    private final Map<Long, String> textOfPost;
    private final Function<String, List<String>> synonyms;
    private final List<Double> pageMillis = new ArrayList<>();

    SearchRecall(Search search, Map<Long, String> textOfPost, Function<String, List<String>> synonyms) {
        this.search = search;
        this.textOfPost = textOfPost;
        this.synonyms = synonyms;
    }

    void measure(List<String> nouns, int mostNouns, int pageSize, int pageBudget, Figures out) {
        Map<String, List<String>> meant = new LinkedHashMap<>();
        for (String noun : nouns) {
            List<String> words = new ArrayList<>(List.of(noun));
            words.addAll(synonyms.apply(noun));
            meant.put(noun, words);
        }
        Map<String, Set<Long>> relevant = relevantPosts(meant);
        List<Integer> sizes = nouns.stream().map(noun -> relevant.get(noun).size()).sorted().toList();
        List<String> measured = new ArrayList<>();
        int pages = 0;
        for (String noun : nouns) {
            int needed = relevant.get(noun).size() / pageSize + 1;
            if (measured.size() < mostNouns && needed <= MOST_PAGES_A_NOUN && pages + needed <= pageBudget) {
                measured.add(noun);
                pages += needed;
            }
        }

        long relevantTotal = 0;
        long foundRelevant = 0;
        long returned = 0;
        long lacking = 0;
        long notStartingAWord = 0;
        double worstRecall = 2;
        String worstNoun = "";
        for (String noun : measured) {
            Set<Long> relevantOfNoun = relevant.get(noun);
            List<Long> found = everyHit(noun, pageSize);
            long hit = found.stream().filter(relevantOfNoun::contains).count();
            relevantTotal += relevantOfNoun.size();
            foundRelevant += hit;
            returned += found.size();
            lacking += found.stream().filter(id -> meant.get(noun).stream().noneMatch(textOfPost.get(id)::contains))
                    .count();
            notStartingAWord += found.stream().filter(id -> !relevantOfNoun.contains(id)).count();
            double recall = relevantOfNoun.isEmpty() ? 1 : (double) hit / relevantOfNoun.size();
            if (recall < worstRecall) {
                worstRecall = recall;
                worstNoun = noun;
            }
        }
        out.figure("recall of single nouns, every hit paged through /api/search, %d per page: %.4f (lowest %.4f for %s)"
                        + " over %,d relevant posts of %d nouns (each relevant in %,d to %,d posts; of all %d timed nouns"
                        + " the median is relevant in %,d posts, the most in %,d; relevant: a word starts with the noun"
                        + " or a synonym of it)", pageSize, (double) foundRelevant / relevantTotal, worstRecall,
                worstNoun, relevantTotal, measured.size(),
                measured.stream().mapToInt(noun -> relevant.get(noun).size()).min().orElse(0),
                measured.stream().mapToInt(noun -> relevant.get(noun).size()).max().orElse(0), nouns.size(),
                sizes.get(sizes.size() / 2), sizes.getLast());
        out.figure("  returned %,d posts; lacking the noun (or its synonyms) anywhere: %d (%.3f%%); noun only inside a"
                        + " word (e.g. 짝사랑 for 사랑): %d (%.2f%%)", returned, lacking, 100.0 * lacking / returned,
                notStartingAWord, 100.0 * notStartingAWord / returned);
        out.figure("paging through every hit, %d per page: %,d requests, p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                pageSize, pageMillis.size(), SearchOverHttpBenchmark.Stats.percentile(pageMillis, 50),
                SearchOverHttpBenchmark.Stats.percentile(pageMillis, 95),
                SearchOverHttpBenchmark.Stats.percentile(pageMillis, 100));
    }

    /** For each noun, the posts with a word that starts with it or with one of its synonyms. */
    private Map<String, Set<Long>> relevantPosts(Map<String, List<String>> meant) {
        Map<String, Set<String>> nounsMeaning = new HashMap<>();
        int longest = 0;
        Map<String, Set<Long>> relevant = new HashMap<>();
        for (var entry : meant.entrySet()) {
            relevant.put(entry.getKey(), new HashSet<>());
            for (String word : entry.getValue()) {
                nounsMeaning.computeIfAbsent(word, key -> new HashSet<>()).add(entry.getKey());
                longest = Math.max(longest, word.length());
            }
        }
        for (var post : textOfPost.entrySet()) {
            for (String word : post.getValue().split("\\s+")) {
                String stripped = word.replaceFirst("^[^\\p{L}\\p{N}]+", "");
                for (int length = 1; length <= Math.min(longest, stripped.length()); length++) {
                    Set<String> nouns = nounsMeaning.get(stripped.substring(0, length));
                    if (nouns != null) {
                        nouns.forEach(noun -> relevant.get(noun).add(post.getKey()));
                    }
                }
            }
        }
        return relevant;
    }

    /** Every post {@code /api/search} finds for the query, page after page. */
    private List<Long> everyHit(String query, int pageSize) {
        List<Long> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            long start = System.nanoTime();
            JsonNode result = search.page(query, page, pageSize);
            pageMillis.add((System.nanoTime() - start) / 1e6);
            result.path("hits").forEach(hit -> ids.add(hit.path("id").asLong()));
            if (result.path("hits").isEmpty() || ids.size() >= result.path("total").asLong()) {
                return ids;
            }
        }
    }
}
