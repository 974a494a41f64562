package dev.geul.base;

import java.util.Map;

import dev.geul.media.MediaSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings an operator types as words are read as the blog's own values, and a misspelt one is refused. */
class TypedSettingsTest {

    private static Binder settings(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values));
    }

    @Test
    void several_nodes_are_read_from_the_words_an_operator_types() {
        assertThat(settings(Map.of("geul.search.coordination", "outbox-polling"))
                .bindOrCreate("geul.search", NodeCoordination.class).shared()).isTrue();
        assertThat(settings(Map.of("geul.search.coordination", "none"))
                .bindOrCreate("geul.search", NodeCoordination.class).shared()).isFalse();
        assertThat(settings(Map.of()).bindOrCreate("geul.search", NodeCoordination.class).shared())
                .as("one node unless told").isFalse();
        assertThatThrownBy(() -> settings(Map.of("geul.search.coordination", "outbox-poling"))
                .bind("geul.search", NodeCoordination.class))
                .isInstanceOf(BindException.class).hasMessageContaining("geul.search.coordination");
    }

    @Test
    void media_storage_is_the_filesystem_unless_the_database_is_named_and_nothing_else_is_taken() {
        assertThat(settings(Map.of()).bindOrCreate("geul.media", MediaSettings.class))
                .isEqualTo(new MediaSettings(MediaSettings.Storage.FILESYSTEM, 16));
        assertThat(settings(Map.of("geul.media.storage", "database", "geul.media.concurrent-reads", "4"))
                .bindOrCreate("geul.media", MediaSettings.class))
                .isEqualTo(new MediaSettings(MediaSettings.Storage.DATABASE, 4));
        assertThatThrownBy(() -> settings(Map.of("geul.media.storage", "s3")).bind("geul.media", MediaSettings.class))
                .isInstanceOf(BindException.class).hasMessageContaining("geul.media.storage");
        assertThatThrownBy(() -> settings(Map.of("geul.media.concurrent-reads", "0"))
                .bind("geul.media", MediaSettings.class))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("at least 1");
    }
}
