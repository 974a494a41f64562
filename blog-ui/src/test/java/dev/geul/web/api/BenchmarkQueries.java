package dev.geul.web.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import dev.geul.search.analysis.KoreanUserDictionary;
import dev.geul.search.analysis.WordStems;

/**
 * What readers ask, drawn from the corpus with a fixed seed, each query in one list only: nouns (the words of the
 * rows as a reader looks them up, 회사생활 or 남자친구, of two syllables or more and in at least
 * {@value #LEAST_ROWS} rows) and pairs of nouns from the same row.
 *
 * @param warmUpNouns  asked before anything is timed
 * @param warmUpPairs  asked before anything is timed
 * @param nouns        asked once each while timed
 * @param pairs        asked once each while timed
 * @param forgiving    typed as readers slip
 * @param typing       typed key by key into the search box
 */
record BenchmarkQueries(List<String> warmUpNouns, List<String> warmUpPairs, List<String> nouns, List<String> pairs,
                        List<String> forgiving, List<String> typing) {

    static final int LEAST_ROWS = 3;
    private static final Pattern HANGUL_WORD = Pattern.compile("[가-힣]{2,}");

    /** The timed queries, nouns and pairs mixed in an order of the seed. */
    List<String> timed(long seed) {
        List<String> queries = new ArrayList<>(nouns);
        queries.addAll(pairs);
        Collections.shuffle(queries, new Random(seed));
        return queries;
    }

    List<String> warmUp() {
        List<String> queries = new ArrayList<>(warmUpNouns);
        queries.addAll(warmUpPairs);
        return queries;
    }

    static BenchmarkQueries draw(List<BenchmarkCorpus.Row> rows, int nouns, int pairs, int forgiving, int typing,
                                 int warmUp, long seed) {
        WordStems stems = new WordStems(KoreanUserDictionary.load(null));
        List<List<String>> wordsOfRow = new ArrayList<>();
        Map<String, Integer> rowsHolding = new HashMap<>();
        for (BenchmarkCorpus.Row row : rows) {
            Set<String> words = new LinkedHashSet<>();
            stems.forEachWord(row.sentence(), word -> {
                if (HANGUL_WORD.matcher(word).matches()) {
                    words.add(word);
                }
            });
            words.forEach(word -> rowsHolding.merge(word, 1, Integer::sum));
            wordsOfRow.add(List.copyOf(words));
        }
        Random random = new Random(seed);
        List<String> common = new ArrayList<>(rowsHolding.keySet().stream()
                .filter(word -> rowsHolding.get(word) >= LEAST_ROWS).sorted().toList());
        Collections.shuffle(common, random);
        int needed = warmUp + nouns + forgiving + typing;
        if (common.size() < needed) {
            throw new IllegalStateException("The corpus has " + common.size() + " nouns in " + LEAST_ROWS
                    + " rows or more, fewer than the " + needed + " asked for");
        }
        int from = 0;
        List<String> warmUpNouns = common.subList(from, from += warmUp);
        List<String> timedNouns = common.subList(from, from += nouns);
        List<String> forgivingNouns = common.subList(from, from += forgiving);
        List<String> typingNouns = common.subList(from, from + typing);

        Set<String> allPairs = new LinkedHashSet<>();
        Set<String> unordered = new HashSet<>();
        int wantedPairs = pairs + Math.max(1, warmUp / 3);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        for (int i : order) {
            if (allPairs.size() >= wantedPairs) {
                break;
            }
            List<String> words = wordsOfRow.get(i).stream().filter(word -> rowsHolding.get(word) >= LEAST_ROWS).toList();
            if (words.size() < 2) {
                continue;
            }
            String first = words.get(random.nextInt(words.size()));
            String second = words.get(random.nextInt(words.size()));
            boolean apart = !first.contains(second) && !second.contains(first);
            if (apart && unordered.add(first.compareTo(second) < 0 ? first + " " + second : second + " " + first)) {
                allPairs.add(first + " " + second);
            }
        }
        if (allPairs.size() < wantedPairs) {
            throw new IllegalStateException("The corpus gave " + allPairs.size() + " pairs of nouns, fewer than the "
                    + wantedPairs + " asked for");
        }
        List<String> pairList = new ArrayList<>(allPairs);
        int warmUpPairs = pairList.size() - pairs;
        return new BenchmarkQueries(List.copyOf(warmUpNouns), List.copyOf(pairList.subList(0, warmUpPairs)),
                List.copyOf(timedNouns), List.copyOf(pairList.subList(warmUpPairs, pairList.size())),
                List.copyOf(forgivingNouns), List.copyOf(typingNouns));
    }
}
