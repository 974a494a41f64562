package dev.geul.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.geul.post.Post;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Elasticsearch/OpenSearch backend is chosen by configuration alone, and Hibernate Search accepts the mapping
 * and analysis for it without asking a cluster: the version is given, nothing is sent at startup, and the index
 * definition is checked as Hibernate Search would send it. Searching on a real OpenSearch node is what the other
 * search tests do in their second pass ({@code GEUL_TEST_OPENSEARCH_URL}, the {@code opensearch} profile).
 */
@SpringBootTest(properties = {
        "geul.search.backend=elasticsearch",
        "geul.search.elasticsearch.uris=http://127.0.0.1:9",
        "geul.search.elasticsearch.version=opensearch:2.19",
        "spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
        "spring.jpa.properties.hibernate.search.schema_management.strategy=none",
        "geul.search.indexing-synchronization=write-sync"})
class ElasticsearchBackendIT {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void posts_go_to_an_elasticsearch_index_analyzed_with_nori_and_the_blog_dictionary(@TempDir Path export)
            throws IOException {
        var mapping = Search.mapping(entityManagerFactory);
        assertThat(mapping.indexedEntity(Post.class).indexManager()).isInstanceOf(ElasticsearchIndexManager.class);

        mapping.scope(Post.class).schemaManager().exportExpectedSchema(export);
        String schema;
        try (Stream<Path> files = Files.walk(export)) {
            schema = files.filter(Files::isRegularFile).map(file -> read(file)).collect(Collectors.joining("\n"));
        }

        assertThat(schema).contains("\"nori_tokenizer\"", "\"user_dictionary_rules\"", "쿠버네티스",
                "\"nori_part_of_speech\"", "\"edge_ngram\"", "\"geul_korean\"", "\"geul_hangul_prefix\"",
                "\"contentPrefix\"", "\"commentsPrefix\"", "\"tagIds\"");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
