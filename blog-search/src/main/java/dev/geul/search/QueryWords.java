package dev.geul.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.geul.search.analysis.KoreanAnalysis;
import dev.geul.search.analysis.KoreanAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * Splits what a reader typed into words and sees how nori reads each, so the query can ask for every word
 * either through nori's terms or through the Hangul prefix field.
 */
final class QueryWords {

    static final int MAX_WORDS = 10;

    private final KoreanAnalyzer analyzer;

    QueryWords(KoreanAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * A word of the query.
     *
     * @param text       the word as typed, trimmed of punctuation around it
     * @param noriTerms  what nori makes of it (empty for a particle alone, an adverb, punctuation)
     * @param hangul     the word when it is all Hangul syllables, for the prefix field; else null
     * @param synonyms   words an admin made synonyms of it (남친 → 남자친구), each found in its place
     */
    record Word(String text, List<String> noriTerms, @Nullable String hangul, List<Word> synonyms) {

        Word withSynonyms(List<Word> newSynonyms) {
            return new Word(text, noriTerms, hangul, List.copyOf(newSynonyms));
        }
    }

    /** A synonym as one word, even of several (불타는 금요일): nori's terms are matched as a phrase. */
    Word synonym(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        String hangul = KoreanAnalysis.isHangulWord(normalized) ? normalized : null;
        return new Word(normalized, terms(normalized, hangul), hangul, List.of());
    }

    /**
     * What nori makes of a word, when its reading keeps to what is written; a Hangul word nori reads as something
     * it does not say (쌩얼 as 얼, 인지 as 이) is found as written, through the prefix field, like a word nori does not
     * know.
     */
    private List<String> terms(String text, @Nullable String hangul) {
        KoreanAnalyzer.Reading reading = analyzer.read(text);
        return hangul != null && !reading.asWritten() ? List.of() : reading.terms();
    }

    List<Word> parse(String query) {
        String normalized = Normalizer.normalize(query, Normalizer.Form.NFC);
        Set<String> seen = new LinkedHashSet<>();
        List<Word> words = new ArrayList<>();
        for (String raw : normalized.split("[\\s\\p{Z}]+")) {
            String text = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (text.isEmpty() || !seen.add(text.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String hangul = KoreanAnalysis.isHangulWord(text) ? text : null;
            List<String> terms = terms(text, hangul);
            // a lone particle (을, 는) or ending carries no meaning of its own; a longer word nori drops (정말, 너무)
            // is still worth finding through the prefix field
            if (terms.isEmpty() && (hangul == null || hangul.length() < 2)) {
                continue;
            }
            words.add(new Word(text, terms, hangul, List.of()));
            if (words.size() == MAX_WORDS) {
                break;
            }
        }
        return words;
    }
}
