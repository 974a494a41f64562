package dev.geul.comment;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentPolicyTest {

    private static CommentPolicy bind(String moderation) {
        return new Binder(new MapConfigurationPropertySource(Map.of("geul.comments.moderation", moderation)))
                .bind("geul.comments", CommentPolicy.class).get();
    }

    @Test
    void the_moderation_is_read_as_the_readme_writes_it() {
        assertThat(bind("first-time").moderation()).isEqualTo(CommentPolicy.Moderation.FIRST_TIME);
        assertThat(bind("all").moderation()).isEqualTo(CommentPolicy.Moderation.ALL);
        assertThat(bind("none").moderation()).isEqualTo(CommentPolicy.Moderation.NONE);
    }

    @Test
    void a_misspelled_moderation_stops_the_blog_instead_of_leaving_comments_unmoderated() {
        assertThatThrownBy(() -> bind("moderate")).isInstanceOf(BindException.class)
                .hasMessageContaining("geul.comments.moderation");
    }
}
