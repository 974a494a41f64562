package dev.geul.search;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.geul.search.analysis.GeulElasticsearchAnalysisConfigurer;
import dev.geul.search.analysis.GeulLuceneAnalysisConfigurer;
import dev.geul.search.analysis.KoreanUserDictionary;
import dev.geul.search.mapping.PostMappingConfigurer;

/**
 * The {@code hibernate.search.*} properties geul's search needs, made from geul's own settings so that the
 * application that includes this module need not know Hibernate Search.
 */
final class HibernateSearchSettings {

    /** The Lucene release the index format and analysis behave like; raise it with the Lucene dependency. */
    static final String LUCENE_VERSION = "LUCENE_9_12_3";

    private HibernateSearchSettings() {
    }

    static Map<String, Object> of(SearchProperties search, Path indexDirectory, KoreanUserDictionary dictionary,
                                  ZoneId zone) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("hibernate.search.mapping.configurer", new PostMappingConfigurer(zone));
        if (search.coordination() == SearchProperties.Coordination.OUTBOX_POLLING) {
            // saving writes an event in the same transaction; agents on every node index from the table, shared out
            settings.put("hibernate.search.coordination.strategy", "outbox-polling");
            settings.put("hibernate.search.coordination.event_processor.polling_interval", 200);
            settings.put("hibernate.search.coordination.event_processor.pulse_interval", 2000);
        } else {
            settings.put("hibernate.search.indexing.plan.synchronization.strategy", search.indexingSynchronization());
        }
        if (search.backend() == SearchProperties.Backend.ELASTICSEARCH) {
            SearchProperties.Elasticsearch cluster = search.elasticsearch();
            settings.put("hibernate.search.backend.type", "elasticsearch");
            settings.put("hibernate.search.backend.uris", String.join(",", cluster.uris()));
            if (cluster.username() != null && !cluster.username().isBlank()) {
                settings.put("hibernate.search.backend.username", cluster.username());
                settings.put("hibernate.search.backend.password", cluster.password() == null ? "" : cluster.password());
            }
            if (cluster.version() != null && !cluster.version().isBlank()) {
                settings.put("hibernate.search.backend.version", cluster.version());
            }
            settings.put("hibernate.search.backend.analysis.configurer",
                    new GeulElasticsearchAnalysisConfigurer(dictionary));
            // a changed user dictionary changes the analyzers: update the index settings instead of refusing to start
            settings.put("hibernate.search.schema_management.strategy", "create-or-update");
        } else {
            settings.put("hibernate.search.backend.type", "lucene");
            settings.put("hibernate.search.backend.directory.type", "local-filesystem");
            settings.put("hibernate.search.backend.directory.root", indexDirectory.toAbsolutePath().toString());
            settings.put("hibernate.search.backend.lucene_version", LUCENE_VERSION);
            settings.put("hibernate.search.backend.analysis.configurer", new GeulLuceneAnalysisConfigurer(dictionary));
        }
        return settings;
    }
}
