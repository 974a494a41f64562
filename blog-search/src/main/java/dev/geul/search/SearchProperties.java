package dev.geul.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings, bound from {@code geul.search.*}.
 *
 * @param backend                 {@code lucene} (default: an index under {@code ${geul.data-dir}/index}) or
 *                                {@code elasticsearch} (Elasticsearch or OpenSearch with the analysis-nori plugin)
 * @param indexingSynchronization when a save returns: {@code write-sync} (default: the index has the change),
 *                                {@code sync} (also searchable at once; tests), {@code async} (fastest)
 * @param reindexWhenEmpty        rebuild the index in the background at startup when it is empty but the database
 *                                has posts (a new index directory, a first start with search)
 * @param elasticsearch           where the Elasticsearch/OpenSearch cluster is, for {@code backend=elasticsearch}
 * @param coordination            {@code none} (one node indexes its own changes as it saves them) or
 *                                {@code outbox-polling} (changes go through a table of the shared database and every
 *                                node's index work is shared out; needed for several nodes on one search cluster, and
 *                                what keeps saving going while the cluster is down)
 */
@ConfigurationProperties("geul.search")
public record SearchProperties(@DefaultValue("lucene") Backend backend,
                               @DefaultValue("write-sync") String indexingSynchronization,
                               @DefaultValue("true") boolean reindexWhenEmpty,
                               @DefaultValue Elasticsearch elasticsearch,
                               @DefaultValue("none") Coordination coordination) {

    public enum Backend {
        LUCENE, ELASTICSEARCH
    }

    public enum Coordination {
        NONE, OUTBOX_POLLING
    }

    /**
     * @param uris     e.g. {@code http://localhost:9200}; several for a cluster
     * @param username null when the cluster has no security
     * @param password the user's password
     * @param version  e.g. {@code opensearch:2.19}; null to ask the cluster at startup
     */
    public record Elasticsearch(@DefaultValue("http://localhost:9200") List<String> uris, @Nullable String username,
                                @Nullable String password, @Nullable String version) {
    }
}
