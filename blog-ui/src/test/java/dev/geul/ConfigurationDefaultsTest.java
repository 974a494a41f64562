package dev.geul;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The blog's defaults read as Spring reads them: Korean text arrives as Korean, not mojibake. */
class ConfigurationDefaultsTest {

    @Test
    void the_default_description_is_korean_text_as_spring_reads_the_file() throws IOException {
        var sources = new PropertiesPropertySourceLoader().load("application",
                new ClassPathResource("application.properties"));

        Object description = sources.getFirst().getProperty("geul.description");

        assertThat(description).hasToString("${BLOG_DESCRIPTION:글을 쓰고 나누는 곳}");
    }
}
