package dev.geul.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jspecify.annotations.Nullable;

/** {@link KoreanAnalysis#KOREAN} for Lucene. Thread-safe, like every Lucene analyzer. */
public final class KoreanAnalyzer extends Analyzer {

    /** Keeps phrases from running from one comment into the next. */
    static final int POSITION_GAP = 100;

    private final @Nullable UserDictionary dictionary;

    public KoreanAnalyzer(KoreanUserDictionary dictionary) {
        this.dictionary = dictionary.toLucene();
    }

    /** Nouns, which nori never inflects: a noun it reads in a word is spelled there as it is. */
    private static final Set<POS.Tag> NOUNS = Set.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.NNB, POS.Tag.NR, POS.Tag.NP);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        KoreanTokenizer tokenizer = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dictionary,
                KoreanTokenizer.DecompoundMode.DISCARD, false, true);
        TokenStream stream = new KoreanPartOfSpeechStopFilter(tokenizer, KoreanAnalysis.STOP_TAGS);
        stream = new KoreanReadingFormFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
    }

    /** What nori makes of one word: its terms, in order, and whether that reading keeps to what is written. */
    public record Reading(List<String> terms, boolean asWritten) {
    }

    /**
     * Reads one word. The reading keeps to what is written when its terms start the word (only particles, endings
     * and suffixes dropped, after them) and each noun among them is spelled as in the word: 회사에서 (회사), 감정기복
     * (감정, 기복), 했어 (하) and 생각들 (생각) do; 쌩얼 does not (read as 얼 after the prefix 쌩, it would find every
     * post with 얼), nor 인지 (read as the noun 이 with an ending, it would find nearly every post).
     */
    public Reading read(String word) {
        List<String> terms = new ArrayList<>();
        boolean asWritten = true;
        try (TokenStream stream = tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PartOfSpeechAttribute partOfSpeech = stream.addAttribute(PartOfSpeechAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (terms.isEmpty() && offset.startOffset() > 0) {
                    asWritten = false;
                }
                POS.Tag tag = partOfSpeech.getLeftPOS();
                String written = word.substring(offset.startOffset(), offset.endOffset());
                if (tag != null && NOUNS.contains(tag) && KoreanAnalysis.isHangulWord(written)
                        && !written.contentEquals(term)) {
                    asWritten = false;
                }
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reading(List.copyOf(terms), asWritten);
    }

    /** The terms this analyzer makes of {@code text}, in order. */
    public List<String> terms(String text) {
        return read(text).terms();
    }

    /** Whether nori's reading of {@code word} keeps to what is written; see {@link #read}. */
    public boolean readsAsWritten(String word) {
        return read(word).asWritten();
    }
}
