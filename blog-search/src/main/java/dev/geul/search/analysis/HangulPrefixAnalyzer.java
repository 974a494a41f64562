package dev.geul.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.pattern.PatternTokenizer;

/** {@link KoreanAnalysis#HANGUL_PREFIX} for Lucene: the prefixes of every run of Hangul syllables. */
final class HangulPrefixAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        PatternTokenizer tokenizer = new PatternTokenizer(KoreanAnalysis.HANGUL_RUN_PATTERN, 0);
        TokenStream stream = new HangulPrefixFilter(tokenizer, KoreanAnalysis.MAX_PREFIX_LENGTH);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return KoreanAnalyzer.POSITION_GAP;
    }
}
