package dev.geul.search.analysis;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The analyzers of {@link KoreanAnalysis} for the Lucene backend (the default). */
public final class GeulLuceneAnalysisConfigurer implements LuceneAnalysisConfigurer {

    private final KoreanUserDictionary dictionary;

    public GeulLuceneAnalysisConfigurer(KoreanUserDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        // built in Java rather than with the factory DSL: the nori dictionary merges the shipped words with the
        // admin's file, which lives outside the classpath
        context.analyzer(KoreanAnalysis.KOREAN).instance(new KoreanAnalyzer(dictionary));
        context.analyzer(KoreanAnalysis.HANGUL_PREFIX).instance(new HangulPrefixAnalyzer());
        context.analyzer(KoreanAnalysis.HANGUL_WORD).instance(new HangulWordAnalyzer());
    }
}
