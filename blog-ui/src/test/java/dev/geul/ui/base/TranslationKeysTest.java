package dev.geul.ui.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Korean and the English UI say the same things: every key the code asks for exists in both, none is left over. */
class TranslationKeysTest {

    /** getTranslation("key"), and getTranslation("prefix." + something) for keys made at run time. */
    static final Pattern ASKED = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.]+)\"\\s*(\\+)?");
    /** Any string literal shaped like a key: keys handed to helpers that translate them (a bulk action's message). */
    static final Pattern MENTIONED = Pattern.compile("\"([a-z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\"");
    /** A constraint's message, {@code message = "{error.post.title}"}: a key the views and the API translate. */
    static final Pattern CONSTRAINT = Pattern.compile("\"\\{([a-z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)}\"");
    /** Refused input's keys ({@code error.…}), given to InvalidInputException or named by a constraint. */
    static final String REFUSAL = "error.";

    /** Each module's messages, as {@code spring.messages.basename} names them. */
    static final List<String> BUNDLES = List.of("vaadin-i18n/translations", "messages/domain", "messages/search");

    @Test
    void every_module_s_messages_are_in_both_languages_and_no_key_is_in_two_modules() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : BUNDLES) {
            Set<String> english = keys(bundle + ".properties");
            assertThat(keys(bundle + "_ko.properties")).as("keys of %s in one language only", bundle)
                    .isEqualTo(english);
            Set<String> twice = new TreeSet<>(english);
            twice.retainAll(seen);
            assertThat(twice).as("keys of %s that another module has too", bundle).isEmpty();
            seen.addAll(english);
        }
    }

    @Test
    void every_key_asked_for_exists_in_both_languages_and_every_key_defined_is_used() throws IOException {
        Set<String> english = new TreeSet<>();
        Set<String> korean = new TreeSet<>();
        for (String bundle : BUNDLES) {
            english.addAll(keys(bundle + ".properties"));
            korean.addAll(keys(bundle + "_ko.properties"));
        }
        Set<String> asked = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        Set<String> mentioned = new TreeSet<>();
        // the views' keys, and those the services and constraints give refused input for the views to show
        try (Stream<Path> sources = Stream.of("src/main/java", "../blog-domain/src/main/java",
                "../blog-search/src/main/java").map(Path::of).flatMap(TranslationKeysTest::javaFiles)) {
            for (Path source : sources.toList()) {
                String code = Files.readString(source, StandardCharsets.UTF_8);
                for (Matcher match = ASKED.matcher(code); match.find(); ) {
                    (match.group(2) != null ? prefixes : asked).add(match.group(1));
                }
                for (Matcher match = MENTIONED.matcher(code); match.find(); ) {
                    mentioned.add(match.group(1));
                    if (match.group(1).startsWith(REFUSAL)) {
                        asked.add(match.group(1));
                    }
                }
                for (Matcher match = CONSTRAINT.matcher(code); match.find(); ) {
                    mentioned.add(match.group(1));
                    asked.add(match.group(1));
                }
            }
        }

        assertThat(korean).as("keys in one language only").isEqualTo(english);
        assertThat(english).as("keys the code asks for").containsAll(asked);
        Set<String> unused = new TreeSet<>(english);
        unused.removeAll(mentioned);
        unused.removeIf(key -> prefixes.stream().anyMatch(key::startsWith));
        assertThat(unused).as("keys nothing uses").isEmpty();
    }

    private static Stream<Path> javaFiles(Path root) {
        try {
            return Files.walk(root).filter(path -> path.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
