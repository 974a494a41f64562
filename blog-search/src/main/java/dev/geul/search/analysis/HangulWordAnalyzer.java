package dev.geul.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;

/** {@link KoreanAnalysis#HANGUL_WORD} for Lucene: the Hangul runs of a query, cut like the indexed prefixes. */
final class HangulWordAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        PatternTokenizer tokenizer = new PatternTokenizer(KoreanAnalysis.HANGUL_RUN_PATTERN, 0);
        TokenStream stream = new TruncateTokenFilter(tokenizer, KoreanAnalysis.MAX_PREFIX_LENGTH);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
