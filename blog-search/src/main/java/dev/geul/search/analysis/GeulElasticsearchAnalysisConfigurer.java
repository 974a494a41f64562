package dev.geul.search.analysis;

import org.apache.lucene.analysis.ko.POS;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link KoreanAnalysis} for Elasticsearch or OpenSearch, which need the {@code analysis-nori}
 * plugin. The user dictionary travels inline ({@code user_dictionary_rules}), so the server needs no file.
 * One difference from Lucene: the prefix field uses {@code edge_ngram}, whose highlights mark the whole word.
 */
public final class GeulElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    static final String NORI_TOKENIZER = "geul_nori";
    static final String PART_OF_SPEECH = "geul_nori_part_of_speech";
    static final String COPULAS = "geul_nori_copulas";
    static final String ENGLISH_STEMMER = "geul_minimal_english";
    static final String HANGUL_RUN_TOKENIZER = "geul_hangul_run";
    static final String PREFIXES = "geul_hangul_prefixes";
    static final String TRUNCATE = "geul_hangul_truncate";

    private final KoreanUserDictionary dictionary;

    public GeulElasticsearchAnalysisConfigurer(KoreanUserDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        var nori = context.tokenizer(NORI_TOKENIZER).type("nori_tokenizer")
                .param("decompound_mode", "discard")
                .param("discard_punctuation", true);
        if (!dictionary.rules().isEmpty()) {
            nori.param("user_dictionary_rules", dictionary.rules().toArray(String[]::new));
        }
        // nori's own stop tags, whatever the cluster's Lucene calls them (Lucene 10, in OpenSearch 3, split "E" and
        // "J" into EP, EF, ... and JKS, JKC, ...: naming them here would fail on one version or the other), then the
        // copulas as KoreanAnalysis.STOP_TAGS adds them for the local index
        context.tokenFilter(PART_OF_SPEECH).type("nori_part_of_speech");
        context.tokenFilter(COPULAS).type("nori_part_of_speech")
                .param("stoptags", KoreanAnalysis.COPULA_TAGS.stream().map(POS.Tag::name).sorted().toArray(String[]::new));
        context.tokenFilter(ENGLISH_STEMMER).type("stemmer").param("language", "minimal_english");
        context.analyzer(KoreanAnalysis.KOREAN).custom()
                .tokenizer(NORI_TOKENIZER)
                .tokenFilters(PART_OF_SPEECH, COPULAS, "nori_readingform", "lowercase", "asciifolding", ENGLISH_STEMMER);

        context.tokenizer(HANGUL_RUN_TOKENIZER).type("pattern")
                .param("pattern", KoreanAnalysis.HANGUL_RUN)
                .param("group", 0);
        context.tokenFilter(PREFIXES).type("edge_ngram")
                .param("min_gram", 1)
                .param("max_gram", KoreanAnalysis.MAX_PREFIX_LENGTH);
        context.tokenFilter(TRUNCATE).type("truncate").param("length", KoreanAnalysis.MAX_PREFIX_LENGTH);
        context.analyzer(KoreanAnalysis.HANGUL_PREFIX).custom()
                .tokenizer(HANGUL_RUN_TOKENIZER)
                .tokenFilters(PREFIXES);
        context.analyzer(KoreanAnalysis.HANGUL_WORD).custom()
                .tokenizer(HANGUL_RUN_TOKENIZER)
                .tokenFilters(TRUNCATE);
    }
}
