package dev.geul.search.analysis;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Elasticsearch definitions, recorded through a stand-in for Hibernate Search's DSL (no cluster here). */
class GeulElasticsearchAnalysisConfigurerTest {

    private final Map<String, List<String>> definitions = new LinkedHashMap<>();

    @Test
    void defines_the_same_analyzers_as_lucene_with_nori_and_the_dictionary_inline() {
        var dictionary = KoreanUserDictionary.of(List.of("쿠버네티스", "스프링부트 스프링 부트"));

        new GeulElasticsearchAnalysisConfigurer(dictionary).configure(recorder());

        assertThat(definitions).containsKeys("analyzer " + KoreanAnalysis.KOREAN,
                "analyzer " + KoreanAnalysis.HANGUL_PREFIX, "analyzer " + KoreanAnalysis.HANGUL_WORD);
        assertThat(definitions.get("tokenizer geul_nori")).contains("type nori_tokenizer",
                "param user_dictionary_rules [쿠버네티스, 스프링부트 스프링 부트]", "param decompound_mode [discard]");
        assertThat(definitions.get("analyzer " + KoreanAnalysis.KOREAN)).contains("tokenizer geul_nori",
                "tokenFilters [geul_nori_part_of_speech, geul_nori_copulas, nori_readingform, lowercase, asciifolding,"
                        + " geul_minimal_english]");
        // nori's own stop tags as the cluster's Lucene names them, and the copulas on top
        assertThat(definitions.get("tokenFilter geul_nori_part_of_speech").toString()).doesNotContain("stoptags");
        assertThat(definitions.get("tokenFilter geul_nori_copulas").toString()).contains("VCN", "VCP");
        assertThat(definitions.get("tokenFilter geul_hangul_prefixes")).contains("type edge_ngram",
                "param max_gram [" + KoreanAnalysis.MAX_PREFIX_LENGTH + "]");
    }

    /** Each DSL step is a proxy of the interface the previous call returned; calls are written under the component. */
    private ElasticsearchAnalysisConfigurationContext recorder() {
        return step(ElasticsearchAnalysisConfigurationContext.class, null);
    }

    @SuppressWarnings("unchecked")
    private <T> T step(Class<T> type, List<String> component) {
        return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            List<String> target = component;
            if (type == ElasticsearchAnalysisConfigurationContext.class) {
                target = new ArrayList<>();
                definitions.put(method.getName() + " " + args[0], target);
            } else {
                target.add(method.getName() + (args == null ? "" : " " + render(args)));
            }
            return method.getReturnType().isInterface() ? step(method.getReturnType(), target) : null;
        });
    }

    private static String render(Object[] args) {
        if (args.length == 1) {
            return args[0] instanceof Object[] array ? Arrays.toString(array) : String.valueOf(args[0]);
        }
        Object value = args[1];
        if (value != null && value.getClass().isArray()) {
            StringBuilder out = new StringBuilder(args[0] + " [");
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                out.append(i == 0 ? "" : ", ").append(java.lang.reflect.Array.get(value, i));
            }
            return out.append("]").toString();
        }
        return args[0] + " [" + value + "]";
    }
}
