package dev.geul.search;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.geul.search.analysis.GeulElasticsearchAnalysisConfigurer;
import dev.geul.search.analysis.GeulLuceneAnalysisConfigurer;
import dev.geul.search.analysis.KoreanUserDictionary;
import dev.geul.search.mapping.PostMappingConfigurer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HibernateSearchSettingsTest {

    private final KoreanUserDictionary dictionary = KoreanUserDictionary.of(List.of("쿠버네티스"));

    @Test
    void lucene_by_default_with_the_index_under_the_data_directory() {
        SearchProperties lucene = new SearchProperties(SearchProperties.Backend.LUCENE, "write-sync", true,
                new SearchProperties.Elasticsearch(List.of("http://localhost:9200"), null, null, null),
                SearchProperties.Coordination.NONE);

        Map<String, Object> settings = HibernateSearchSettings.of(lucene, Path.of("blog-data/index"), dictionary,
                ZoneOffset.UTC);

        assertThat(settings).containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry("hibernate.search.backend.directory.root", Path.of("blog-data/index").toAbsolutePath().toString())
                .containsEntry("hibernate.search.backend.lucene_version", HibernateSearchSettings.LUCENE_VERSION)
                .containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "write-sync");
        assertThat(settings.get("hibernate.search.backend.analysis.configurer")).isInstanceOf(GeulLuceneAnalysisConfigurer.class);
        assertThat(settings.get("hibernate.search.mapping.configurer")).isInstanceOf(PostMappingConfigurer.class);
    }

    @Test
    void elasticsearch_or_opensearch_when_configured() {
        SearchProperties elastic = new SearchProperties(SearchProperties.Backend.ELASTICSEARCH, "sync", true,
                new SearchProperties.Elasticsearch(List.of("http://search-1:9200", "http://search-2:9200"), "geul",
                        "secret", "opensearch:2.19"), SearchProperties.Coordination.NONE);

        Map<String, Object> settings = HibernateSearchSettings.of(elastic, Path.of("ignored"), dictionary, ZoneOffset.UTC);

        assertThat(settings).containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.uris", "http://search-1:9200,http://search-2:9200")
                .containsEntry("hibernate.search.backend.username", "geul")
                .containsEntry("hibernate.search.backend.password", "secret")
                .containsEntry("hibernate.search.backend.version", "opensearch:2.19")
                .doesNotContainKey("hibernate.search.backend.directory.root");
        assertThat(settings.get("hibernate.search.backend.analysis.configurer"))
                .isInstanceOf(GeulElasticsearchAnalysisConfigurer.class);
    }

    @Test
    void several_nodes_index_through_an_outbox_table_in_the_shared_database() {
        SearchProperties shared = new SearchProperties(SearchProperties.Backend.ELASTICSEARCH, "write-sync", true,
                new SearchProperties.Elasticsearch(List.of("http://search:9200"), null, null, null),
                SearchProperties.Coordination.OUTBOX_POLLING);

        Map<String, Object> settings = HibernateSearchSettings.of(shared, Path.of("ignored"), dictionary, ZoneOffset.UTC);

        assertThat(settings).containsEntry("hibernate.search.coordination.strategy", "outbox-polling")
                .doesNotContainKey("hibernate.search.indexing.plan.synchronization.strategy");
    }
}
