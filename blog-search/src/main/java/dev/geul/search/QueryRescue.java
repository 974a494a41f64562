package dev.geul.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.geul.search.analysis.HangulKeyboard;
import dev.geul.search.analysis.Jamo;
import dev.geul.search.analysis.WordStems;
import dev.geul.search.words.BlogVocabulary;
import dev.geul.search.words.Vocabulary;
import org.springframework.stereotype.Component;

/**
 * What a reader may have meant by a query that found nothing, in the order worth trying: initial consonants
 * (ㄴㅈㅊㄱ → 남자친구), the keyboard in the other mode (skawkclsrn → 남자친구, 햐ㅅ → git), a typo one letter
 * from a word of the blog (남지친구 → 남자친구). Corrections are words this blog holds, never a dictionary's.
 */
@Component
class QueryRescue {

    static final int MAX_ALTERNATIVES = 5;

    private final BlogVocabulary vocabulary;
    private final WordStems stems;

    QueryRescue(BlogVocabulary vocabulary, WordStems stems) {
        this.vocabulary = vocabulary;
        this.stems = stems;
    }

    /** Other readings of the query, most likely first; none that is the query itself. */
    List<String> readings(String text) {
        Vocabulary words = vocabulary.current();
        Set<String> readings = new LinkedHashSet<>();
        add(readings, initials(text, words));
        add(readings, keyboard(text));
        add(readings, typos(text, words));
        readings.remove(text);
        return List.copyOf(readings);
    }

    /**
     * When the query is one word of initial consonants, the other words of the blog with them after the one it
     * was read as, best first (ㅅㄱ read as 생각: 시간, 사고…): two consonants stand for many words.
     */
    List<String> otherWordsWithInitials(String text, String reading) {
        if (!Jamo.isInitialsOnly(text)) {
            return List.of();
        }
        return vocabulary.current().withInitials(text, MAX_ALTERNATIVES + 1).stream()
                .filter(word -> !word.equals(reading)).limit(MAX_ALTERNATIVES).toList();
    }

    /**
     * The query with each word no post holds corrected to the word of the blog one letter from it (영돠 → 영화); null
     * when every word is one the blog holds, or none has a correction.
     */
    String corrected(String text) {
        return typos(text, vocabulary.current());
    }

    /**
     * The query with a word few posts hold replaced by the word one letter from it that many more hold (시람, a slip
     * in one post, → 사람); null when there is none. Offered beside what the query found, not instead.
     */
    String likelier(String text) {
        Vocabulary words = vocabulary.current();
        List<String> read = new ArrayList<>();
        boolean changed = false;
        for (String word : text.split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            Set<String> heads = new LinkedHashSet<>();
            heads.add(lower);
            String stem = stems.stemOf(word);
            if (stem != null && lower.startsWith(stem)) {
                heads.add(stem);
            }
            String likelier = null;
            for (String head : heads) {
                var found = words.likelier(head);
                if (found.isPresent()) {
                    likelier = found.get() + word.substring(head.length());
                    break;
                }
            }
            read.add(likelier != null ? likelier : word);
            changed |= likelier != null;
        }
        return changed ? String.join(" ", read) : null;
    }

    private static void add(Set<String> readings, String reading) {
        if (reading != null) {
            readings.add(reading);
        }
    }

    /** Each word of consonants only as the best word of the blog with those initials; null unless all are. */
    private static String initials(String text, Vocabulary words) {
        List<String> read = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            if (!Jamo.isInitialsOnly(word)) {
                return null;
            }
            List<String> found = words.withInitials(word, 1);
            if (found.isEmpty()) {
                return null;
            }
            read.add(found.getFirst());
        }
        return String.join(" ", read);
    }

    private static String keyboard(String text) {
        if (HangulKeyboard.looksLikeLatinTyping(text)) {
            return HangulKeyboard.toHangul(text);
        }
        if (HangulKeyboard.looksLikeHangulTyping(text)) {
            return HangulKeyboard.toLatin(text);
        }
        return null;
    }

    /**
     * The word corrected as a whole, else the noun it starts with (남지친구를 → 남자친구를), else all but its last
     * syllable, where a particle nori did not see may be; null when none is one letter from a word of the blog.
     */
    private String correction(String word, Vocabulary words) {
        String lower = word.toLowerCase(Locale.ROOT);
        Set<String> heads = new LinkedHashSet<>();
        heads.add(lower);
        String stem = stems.stemOf(word);
        if (stem != null && lower.startsWith(stem)) {
            heads.add(stem);
        }
        if (lower.length() >= 3 && Jamo.isSyllable(lower.charAt(lower.length() - 1))) {
            heads.add(lower.substring(0, lower.length() - 1));
        }
        for (String head : heads) {
            if (words.knows(head)) {
                return null;
            }
            var fixed = words.correction(head);
            if (fixed.isPresent()) {
                return fixed.get() + word.substring(head.length());
            }
        }
        return null;
    }

    /** Each word the blog does not know, as the word one letter from it that the blog holds; null when none. */
    private String typos(String text, Vocabulary words) {
        List<String> read = new ArrayList<>();
        boolean corrected = false;
        for (String word : text.split("\\s+")) {
            String correction = correction(word, words);
            read.add(correction != null ? correction : word);
            corrected |= correction != null;
        }
        return corrected ? String.join(" ", read) : null;
    }
}
