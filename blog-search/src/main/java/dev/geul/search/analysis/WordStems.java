package dev.geul.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The words of a text as a reader looks them up: each word (run of text between spaces and punctuation) cut
 * back to the noun it starts with, particles and endings dropped (남자친구를 → 남자친구, 쿠버네티스에서 →
 * 쿠버네티스), and the nouns of a compound on their own (회사생활 → 회사생활, 회사, 생활); Latin words lowercased.
 * Verbs and adjectives are left out: readers search for things. Thread-safe.
 */
public final class WordStems {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 30;

    /** What a stem is made of: nouns, foreign words, Hanja, unknown words, noun prefixes and suffixes (선생님). */
    private static final Set<POS.Tag> STEM_TAGS = EnumSet.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.SL, POS.Tag.SH,
            POS.Tag.UNKNOWN, POS.Tag.XPN, POS.Tag.XSN, POS.Tag.SN);
    /** Parts of a stem that are words on their own. */
    private static final Set<POS.Tag> WORD_TAGS = EnumSet.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.SL, POS.Tag.UNKNOWN);

    private final Analyzer analyzer;

    public WordStems(KoreanUserDictionary dictionary) {
        UserDictionary userDictionary = dictionary.toLucene();
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                KoreanTokenizer tokenizer = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                        userDictionary, KoreanTokenizer.DecompoundMode.NONE, false, true);
                return new TokenStreamComponents(tokenizer);
            }
        };
    }

    /** Gives each word of the text, in order, repeats included. */
    public void forEachWord(String text, Consumer<String> words) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = stream.addAttribute(PartOfSpeechAttribute.class);
            stream.reset();
            StringBuilder stem = new StringBuilder();
            List<String> parts = new ArrayList<>();
            boolean stemOpen = false;
            int previousEnd = -1;
            while (stream.incrementToken()) {
                boolean sameWord = offset.startOffset() == previousEnd;
                previousEnd = offset.endOffset();
                POS.Tag tag = pos.getLeftPOS();
                if (!sameWord) {
                    emit(stem, parts, words);
                    stemOpen = true;
                }
                if (stemOpen && tag != null && STEM_TAGS.contains(tag) && !(stem.isEmpty() && tag == POS.Tag.SN)) {
                    stem.append(term);
                    if (WORD_TAGS.contains(tag)) {
                        parts.add(term.toString());
                    }
                } else {
                    stemOpen = false;
                }
            }
            emit(stem, parts, words);
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The noun a single word typed by a reader starts with (남지친구를 → 남지친구), or null when there is none. */
    public @Nullable String stemOf(String word) {
        @Nullable String[] first = new String[1];
        forEachWord(word, found -> {
            if (first[0] == null || found.length() > first[0].length()) {
                first[0] = found;
            }
        });
        return first[0];
    }

    private static void emit(StringBuilder stem, List<String> parts, Consumer<String> words) {
        if (!stem.isEmpty()) {
            String whole = stem.toString();
            emitWord(whole, words);
            for (String part : parts) {
                if (part.length() < whole.length()) {
                    emitWord(part, words);
                }
            }
            stem.setLength(0);
        }
        parts.clear();
    }

    private static void emitWord(String word, Consumer<String> words) {
        if (word.length() >= MIN_LENGTH && word.length() <= MAX_LENGTH) {
            words.accept(word.toLowerCase(Locale.ROOT));
        }
    }
}
