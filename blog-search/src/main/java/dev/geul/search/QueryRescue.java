package dev.geul.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.geul.search.analysis.HangulKeyboard;
import dev.geul.search.analysis.Jamo;
import dev.geul.search.analysis.WordStems;
import dev.geul.search.words.BlogVocabulary;
import dev.geul.search.words.Vocabulary;
import org.jspecify.annotations.Nullable;
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
        add(readings, corrected(text));
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
     * The query with each word no post holds corrected to the word of the blog one letter from it (영돠 → 영화,
     * 남지친구를 → 남자친구를); null when every word is one the blog holds, or none has a correction.
     */
    @Nullable String corrected(String text) {
        Vocabulary words = vocabulary.current();
        return eachWord(text, word -> {
            for (String head : heads(word, true)) {
                if (words.knows(head)) {
                    return Optional.empty();
                }
                Optional<String> fixed = words.correction(head);
                if (fixed.isPresent()) {
                    return fixed.map(correction -> correction + word.substring(head.length()));
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Whether every word {@link #corrected} changes becomes a common word of the blog: then the correction is what
     * the reader meant even where nori found pieces of the typo in many posts (데화 in posts that hold 데 and 화).
     */
    boolean correctsToCommonWords(String text) {
        Vocabulary words = vocabulary.current();
        boolean corrected = false;
        for (String word : text.split("\\s+")) {
            for (String head : heads(word, true)) {
                if (words.knows(head)) {
                    break;
                }
                Optional<String> fixed = words.correction(head);
                if (fixed.isPresent()) {
                    if (!words.isCommon(fixed.get())) {
                        return false;
                    }
                    corrected = true;
                    break;
                }
            }
        }
        return corrected;
    }

    /**
     * The query with a word few posts hold replaced by the word one letter from it that many more hold (시람, a slip
     * in one post, → 사람); null when there is none. Offered beside what the query found, not instead.
     */
    @Nullable String likelier(String text) {
        Vocabulary words = vocabulary.current();
        return eachWord(text, word -> heads(word, false).stream()
                .flatMap(head -> words.likelier(head).map(likelier -> likelier + word.substring(head.length())).stream())
                .findFirst());
    }

    /** The text with each word read anew where {@code reading} has a reading of it; null when none had. */
    private static @Nullable String eachWord(String text, Function<String, Optional<String>> reading) {
        List<String> read = new ArrayList<>();
        boolean changed = false;
        for (String word : text.split("\\s+")) {
            Optional<String> other = reading.apply(word);
            read.add(other.orElse(word));
            changed |= other.isPresent();
        }
        return changed ? String.join(" ", read) : null;
    }

    /**
     * Where a word's meaning may stand, lowercase, longest first: the word, the noun it starts with (남지친구를 →
     * 남지친구), and, with {@code particleNoriMissed}, all but its last syllable.
     */
    private Set<String> heads(String word, boolean particleNoriMissed) {
        String lower = word.toLowerCase(Locale.ROOT);
        Set<String> heads = new LinkedHashSet<>();
        heads.add(lower);
        String stem = stems.stemOf(word);
        if (stem != null && lower.startsWith(stem)) {
            heads.add(stem);
        }
        if (particleNoriMissed && lower.length() >= 3 && Jamo.isSyllable(lower.charAt(lower.length() - 1))) {
            heads.add(lower.substring(0, lower.length() - 1));
        }
        return heads;
    }

    private static void add(Set<String> readings, @Nullable String reading) {
        if (reading != null) {
            readings.add(reading);
        }
    }

    /** Each word of consonants only as the best word of the blog with those initials; null unless all are. */
    private static @Nullable String initials(String text, Vocabulary words) {
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

    /** The text as typed with the keyboard in the other mode; null when it does not look so typed. */
    private static @Nullable String keyboard(String text) {
        if (HangulKeyboard.looksLikeLatinTyping(text)) {
            return HangulKeyboard.toHangul(text);
        }
        if (HangulKeyboard.looksLikeHangulTyping(text)) {
            return HangulKeyboard.toLatin(text);
        }
        return null;
    }
}
