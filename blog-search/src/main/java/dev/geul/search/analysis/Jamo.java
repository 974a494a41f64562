package dev.geul.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Hangul syllables as the letters (jamo) they are made of, for what readers type: the letters as keystrokes
 * (회 is ㅎ ㅗ ㅣ, so 호 typed on the way to 회 is its prefix), initial consonants (남자친구 → ㄴㅈㅊㄱ), and the
 * words one letter away from a typo (남지친구 → 남자친구).
 */
public final class Jamo {

    static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    static final String VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    /** Final consonants as the letters typed for them, in Unicode's order; index 0 is none. */
    static final List<String> FINALS = List.of("", "ㄱ", "ㄲ", "ㄱㅅ", "ㄴ", "ㄴㅈ", "ㄴㅎ", "ㄷ", "ㄹ", "ㄹㄱ",
            "ㄹㅁ", "ㄹㅂ", "ㄹㅅ", "ㄹㅌ", "ㄹㅍ", "ㄹㅎ", "ㅁ", "ㅂ", "ㅂㅅ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ",
            "ㅎ");
    static final Map<String, Character> COMPOUND_VOWELS = Map.of("ㅗㅏ", 'ㅘ', "ㅗㅐ", 'ㅙ', "ㅗㅣ", 'ㅚ',
            "ㅜㅓ", 'ㅝ', "ㅜㅔ", 'ㅞ', "ㅜㅣ", 'ㅟ', "ㅡㅣ", 'ㅢ');

    private static final char FIRST_SYLLABLE = '\uAC00';
    private static final char LAST_SYLLABLE = '\uD7A3';
    private static final String[] VOWEL_KEYS = new String[VOWELS.length()];
    /** Compatibility jamo of the compound finals (ㄳ, ㄵ …), as typed. */
    private static final Map<Character, String> COMPOUND_FINAL_KEYS = Map.of('ㄳ', "ㄱㅅ", 'ㄵ', "ㄴㅈ", 'ㄶ', "ㄴㅎ",
            'ㄺ', "ㄹㄱ", 'ㄻ', "ㄹㅁ", 'ㄼ', "ㄹㅂ", 'ㄽ', "ㄹㅅ", 'ㄾ', "ㄹㅌ", 'ㄿ', "ㄹㅍ", 'ㅀ', "ㄹㅎ");

    static {
        for (int i = 0; i < VOWELS.length(); i++) {
            VOWEL_KEYS[i] = String.valueOf(VOWELS.charAt(i));
        }
        COMPOUND_VOWELS.forEach((parts, vowel) -> VOWEL_KEYS[VOWELS.indexOf(vowel)] = parts);
    }

    private Jamo() {
    }

    public static boolean isSyllable(char c) {
        return c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE;
    }

    /**
     * The text as the letters typed for it, other characters kept: 회사 → ㅎㅗㅣㅅㅏ, 회ㅅ → ㅎㅗㅣㅅ. What a reader
     * has typed so far is a prefix of the keystrokes of the word they are typing, even in the middle of a syllable.
     */
    public static String keystrokes(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSyllable(c)) {
                int index = c - FIRST_SYLLABLE;
                out.append(INITIALS.charAt(index / (21 * 28)));
                out.append(VOWEL_KEYS[index / 28 % 21]);
                out.append(FINALS.get(index % 28));
            } else if (VOWELS.indexOf(c) >= 0) {
                out.append(VOWEL_KEYS[VOWELS.indexOf(c)]);
            } else if (COMPOUND_FINAL_KEYS.containsKey(c)) {
                out.append(COMPOUND_FINAL_KEYS.get(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The initial consonant of each syllable (남자친구 → ㄴㅈㅊㄱ); null when the word is not all syllables. */
    public static @Nullable String initials(String word) {
        if (word.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!isSyllable(c)) {
                return null;
            }
            out.append(INITIALS.charAt((c - FIRST_SYLLABLE) / (21 * 28)));
        }
        return out.toString();
    }

    /** Whether the text is initial consonants only, at least two (ㄴㅈㅊㄱ): how Korean search boxes take 초성. */
    public static boolean isInitialsOnly(String text) {
        if (text == null || text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (INITIALS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every word one letter away from {@code word}: one syllable with another initial, vowel or final consonant,
     * or a final added or dropped (남지친구 → 남자친구, 회샤 → 회사). Not the word itself.
     */
    public static List<String> oneLetterAway(String word) {
        List<String> variants = new ArrayList<>();
        char[] letters = word.toCharArray();
        for (int at = 0; at < letters.length; at++) {
            char original = letters[at];
            if (!isSyllable(original)) {
                continue;
            }
            int index = original - FIRST_SYLLABLE;
            int initial = index / (21 * 28);
            int vowel = index / 28 % 21;
            int last = index % 28;
            for (int i = 0; i < INITIALS.length(); i++) {
                if (i != initial) {
                    variants.add(replaced(letters, at, syllable(i, vowel, last), original));
                }
            }
            for (int v = 0; v < VOWELS.length(); v++) {
                if (v != vowel) {
                    variants.add(replaced(letters, at, syllable(initial, v, last), original));
                }
            }
            for (int f = 0; f < FINALS.size(); f++) {
                if (f != last) {
                    variants.add(replaced(letters, at, syllable(initial, vowel, f), original));
                }
            }
        }
        return variants;
    }

    private static String replaced(char[] letters, int at, char syllable, char original) {
        letters[at] = syllable;
        String variant = new String(letters);
        letters[at] = original;
        return variant;
    }

    static char syllable(int initial, int vowel, int last) {
        return (char) (FIRST_SYLLABLE + (initial * 21 + vowel) * 28 + last);
    }
}
