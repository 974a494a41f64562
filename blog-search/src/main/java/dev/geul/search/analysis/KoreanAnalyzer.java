package dev.geul.search.analysis;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/** {@link KoreanAnalysis#KOREAN} for Lucene. Thread-safe, like every Lucene analyzer. */
public final class KoreanAnalyzer extends Analyzer {

    /** Keeps phrases from running from one comment into the next. */
    static final int POSITION_GAP = 100;

    private final @Nullable UserDictionary dictionary;

    public KoreanAnalyzer(KoreanUserDictionary dictionary) {
        this.dictionary = dictionary.toLucene();
    }

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

    /** The terms this analyzer makes of {@code text}, in order. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return terms;
    }
}
