package dev.geul.ui.base;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles that depend on the word before them: 으로/로, 을/를, 이/가, 은/는, 과/와. A Korean message whose
 * argument is a name writes the particle in its double form, {@code {0}(으)로}; once the name is in, the form the
 * name's last sound calls for replaces it, so a reader sees "민지로 로그인함", not "민지(으)로 로그인함".
 *
 * <p>The last sound is read from a Hangul syllable's final consonant, from a number as it is read aloud (1 일,
 * 10 십, 100 백...) and from an acronym's last letter by its Korean name (L 엘, M 엠); after any other word (most
 * Latin words, whose reading cannot be told from their spelling) the double form stays.
 */
public final class KoreanParticles {

    /** The particles, each as a message writes it and its forms after a closed and an open syllable. */
    public enum Particle {
        EURO("(으)로", "으로", "로"),
        EUL("을(를)", "을", "를"),
        I("이(가)", "이", "가"),
        EUN("은(는)", "은", "는"),
        GWA("과(와)", "과", "와");

        private final String doubleForm;
        private final String afterConsonant;
        private final String afterVowel;

        Particle(String doubleForm, String afterConsonant, String afterVowel) {
            this.doubleForm = doubleForm;
            this.afterConsonant = afterConsonant;
            this.afterVowel = afterVowel;
        }

        public String doubleForm() {
            return doubleForm;
        }

        String after(Ending ending) {
            return switch (ending) {
                case VOWEL -> afterVowel;
                // 으로 is the one particle ㄹ treats like a vowel: 서울로, 길로
                case RIEUL -> this == EURO ? afterVowel : afterConsonant;
                case CONSONANT -> afterConsonant;
                case UNKNOWN -> doubleForm;
            };
        }
    }

    /** How a word ends, as far as the particles care. */
    enum Ending { VOWEL, RIEUL, CONSONANT, UNKNOWN }

    private static final Pattern DOUBLE_FORMS = Pattern.compile("\\(으\\)로|을\\(를\\)|이\\(가\\)|은\\(는\\)|과\\(와\\)");
    /** Quotes and brackets closing a word are skipped: “서울”로. */
    private static final String CLOSING = "\"'”’)]}」』》〉>";
    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;
    private static final int FINALS = 28;
    private static final int FINAL_RIEUL = 8;
    /** The Korean names of the letters: whether each ends open, in ㄹ, or closed (A 에이, L 엘, M 엠...). */
    private static final String LETTER_ENDINGS = "VVVVVVVVVVVRCCVVVRVVVVVVVV";
    /** The digits as read aloud: 영 일 이 삼 사 오 육 칠 팔 구. */
    private static final String DIGIT_ENDINGS = "CRVCVVCRRV";

    private KoreanParticles() {
    }

    /** The word with the particle its last sound calls for; the double form when that cannot be told. */
    public static String attach(String word, Particle particle) {
        return word + particle.after(ending(word));
    }

    /** The text with every double form replaced by the one the word before it calls for. */
    public static String resolve(String text) {
        if (text == null || text.indexOf('(') < 0) {
            return text;
        }
        Matcher match = DOUBLE_FORMS.matcher(text);
        StringBuilder resolved = new StringBuilder(text.length());
        int copied = 0;
        while (match.find()) {
            Particle particle = particleOf(match.group());
            resolved.append(text, copied, match.start())
                    .append(particle.after(ending(text.substring(0, match.start()))));
            copied = match.end();
        }
        return resolved.append(text, copied, text.length()).toString();
    }

    private static Particle particleOf(String doubleForm) {
        for (Particle particle : Particle.values()) {
            if (particle.doubleForm.equals(doubleForm)) {
                return particle;
            }
        }
        throw new IllegalArgumentException(doubleForm);
    }

    static Ending ending(String word) {
        int end = word.length();
        while (end > 0 && CLOSING.indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return Ending.UNKNOWN;
        }
        char last = word.charAt(end - 1);
        if (last >= HANGUL_FIRST && last <= HANGUL_LAST) {
            int fin = (last - HANGUL_FIRST) % FINALS;
            return fin == 0 ? Ending.VOWEL : fin == FINAL_RIEUL ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (last >= '0' && last <= '9') {
            return numberEnding(word, end);
        }
        if (last >= 'A' && last <= 'Z' && (end == 1 || !Character.isLowerCase(word.charAt(end - 2)))) {
            return letterEnding(LETTER_ENDINGS.charAt(last - 'A'));
        }
        return Ending.UNKNOWN;
    }

    /** A number ends as its last spoken syllable: 1 일, 2 이, 10 십, 100 백, 1000 천, 10000 만, 0 영. */
    private static Ending numberEnding(String word, int end) {
        int start = end;
        while (start > 0 && Character.isDigit(word.charAt(start - 1))) {
            start--;
        }
        String digits = word.substring(start, end);
        int zeros = 0;
        while (zeros < digits.length() && digits.charAt(digits.length() - 1 - zeros) == '0') {
            zeros++;
        }
        if (zeros == 0 || zeros == digits.length()) {
            return letterEnding(DIGIT_ENDINGS.charAt(digits.charAt(digits.length() - 1) - '0'));
        }
        // 십, 백, 천, 만 and 억 end closed; 조 (a one and twelve zeros) open
        return zeros % 12 == 0 ? Ending.VOWEL : Ending.CONSONANT;
    }

    private static Ending letterEnding(char code) {
        return switch (code) {
            case 'V' -> Ending.VOWEL;
            case 'R' -> Ending.RIEUL;
            default -> Ending.CONSONANT;
        };
    }
}
