package dev.geul.search.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader meant when they typed with the keyboard in the other mode, on the standard Korean layout
 * (두벌식): {@code skawkclsrn} is 남자친구 typed in English mode, {@code 햐ㅅ} is {@code git} typed in Korean mode.
 * Letters become jamo by their key and jamo are put together into syllables as an input method does.
 */
public final class HangulKeyboard {

    private static final String KEYS = "qwertyuiopasdfghjklzxcvbnmQWERTOP";
    private static final String JAMO = "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡㅃㅉㄸㄲㅆㅒㅖ";

    private static final String INITIALS = Jamo.INITIALS;
    private static final String VOWELS = Jamo.VOWELS;
    private static final List<String> FINALS = Jamo.FINALS;
    private static final Map<String, Character> COMPOUND_VOWELS = Jamo.COMPOUND_VOWELS;
    private static final Map<Character, String> VOWEL_PARTS = new HashMap<>();
    private static final Map<Character, Character> KEY_OF = new HashMap<>();
    private static final Map<Character, Character> JAMO_OF = new HashMap<>();

    static {
        for (int i = 0; i < KEYS.length(); i++) {
            JAMO_OF.put(KEYS.charAt(i), JAMO.charAt(i));
            KEY_OF.putIfAbsent(JAMO.charAt(i), KEYS.charAt(i));
        }
        COMPOUND_VOWELS.forEach((parts, vowel) -> VOWEL_PARTS.put(vowel, parts));
    }

    private HangulKeyboard() {
    }

    /** Whether the text is Latin letters only (with spaces): maybe Korean typed in English mode. */
    public static boolean looksLikeLatinTyping(String text) {
        return text != null && text.matches("[A-Za-z ]*[A-Za-z][A-Za-z ]*");
    }

    /** Whether the text is Hangul only (with spaces): maybe English typed in Korean mode. */
    public static boolean looksLikeHangulTyping(String text) {
        return text != null && text.matches("[\\uAC00-\\uD7A3\\u3131-\\u318E ]*[\\uAC00-\\uD7A3\\u3131-\\u318E][\\uAC00-\\uD7A3\\u3131-\\u318E ]*");
    }

    /** Latin keys as the Hangul they type in Korean mode: {@code skawkclsrn} → 남자친구. */
    public static String toHangul(String typed) {
        StringBuilder out = new StringBuilder();
        StringBuilder jamo = new StringBuilder();
        for (char key : typed.toCharArray()) {
            Character mapped = JAMO_OF.get(key);
            if (mapped == null) {
                mapped = JAMO_OF.get(Character.toLowerCase(key));
            }
            if (mapped == null) {
                out.append(compose(jamo.toString()));
                jamo.setLength(0);
                out.append(key);
            } else {
                jamo.append(mapped);
            }
        }
        return out.append(compose(jamo.toString())).toString();
    }

    /** Hangul as the Latin keys that type it: {@code 햐ㅅ} → {@code git}. */
    public static String toLatin(String hangul) {
        StringBuilder out = new StringBuilder();
        for (char c : hangul.toCharArray()) {
            if (c >= 0xAC00 && c <= 0xD7A3) {
                int index = c - 0xAC00;
                keys(out, String.valueOf(INITIALS.charAt(index / (21 * 28))));
                char vowel = VOWELS.charAt(index / 28 % 21);
                keys(out, VOWEL_PARTS.getOrDefault(vowel, String.valueOf(vowel)));
                keys(out, FINALS.get(index % 28));
            } else if (KEY_OF.containsKey(c) || VOWEL_PARTS.containsKey(c)) {
                keys(out, VOWEL_PARTS.getOrDefault(c, String.valueOf(c)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void keys(StringBuilder out, String jamo) {
        for (char c : jamo.toCharArray()) {
            Character key = KEY_OF.get(c);
            out.append(key == null ? c : key);
        }
    }

    /** Jamo put together into syllables, as an input method does while one types. */
    public static String compose(String jamo) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < jamo.length()) {
            char c = jamo.charAt(i);
            int initial = INITIALS.indexOf(c);
            if (initial < 0 || i + 1 >= jamo.length() || !isVowel(jamo.charAt(i + 1))) {
                out.append(c);
                i++;
                continue;
            }
            int at = i + 1;
            String vowel = String.valueOf(jamo.charAt(at));
            at++;
            if (at < jamo.length() && COMPOUND_VOWELS.containsKey(vowel + jamo.charAt(at))) {
                vowel = String.valueOf(COMPOUND_VOWELS.get(vowel + jamo.charAt(at)));
                at++;
            }
            int finalIndex = 0;
            // a consonant closes the syllable unless a vowel follows it; two may close it together (ㄹㄱ, ㅂㅅ ...)
            if (at < jamo.length() && !isVowel(jamo.charAt(at)) && FINALS.indexOf(String.valueOf(jamo.charAt(at))) > 0
                    && (at + 1 >= jamo.length() || !isVowel(jamo.charAt(at + 1)))) {
                String closing = String.valueOf(jamo.charAt(at));
                at++;
                if (at < jamo.length() && FINALS.indexOf(closing + jamo.charAt(at)) > 0
                        && (at + 1 >= jamo.length() || !isVowel(jamo.charAt(at + 1)))) {
                    closing = closing + jamo.charAt(at);
                    at++;
                }
                finalIndex = FINALS.indexOf(closing);
            }
            out.append((char) (0xAC00 + (initial * 21 + VOWELS.indexOf(vowel.charAt(0))) * 28 + finalIndex));
            i = at;
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
