package dev.geul.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words nori should keep whole: the list shipped with geul plus the admin's own file
 * ({@code ${geul.data-dir}/search/userdict_ko.txt}, same format). Both index and queries use it, so a change
 * counts after a restart and a reindex.
 *
 * <p>Format, one entry a line: {@code 쿠버네티스}, or a compound with its parts: {@code 스프링부트 스프링 부트}.
 * {@code #} starts a comment. A line nori refuses is skipped with a warning rather than stopping the blog.
 */
public final class KoreanUserDictionary {

    public static final String BUILT_IN = "dev/geul/search/analysis/userdict_ko.txt";
    /** Where the admin's file lives, relative to the data directory. */
    public static final String ADMIN_FILE = "search/userdict_ko.txt";

    private static final Logger log = LoggerFactory.getLogger(KoreanUserDictionary.class);

    private final List<String> rules;

    private KoreanUserDictionary(List<String> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The built-in words plus those of {@code adminFile}, when it exists (null: the built-in words alone). */
    public static KoreanUserDictionary load(@Nullable Path adminFile) {
        Set<String> rules = new LinkedHashSet<>();
        rules.addAll(parse(readBuiltIn(), BUILT_IN));
        if (adminFile != null && Files.isRegularFile(adminFile)) {
            try {
                rules.addAll(parse(Files.readString(adminFile, StandardCharsets.UTF_8), adminFile.toString()));
            } catch (IOException e) {
                log.warn("Could not read the search dictionary {}: {}", adminFile, e.getMessage());
            }
        }
        return new KoreanUserDictionary(new ArrayList<>(rules));
    }

    public static KoreanUserDictionary of(List<String> rules) {
        return new KoreanUserDictionary(parse(String.join("\n", rules), "rules"));
    }

    /** One normalized entry a line, as nori and Elasticsearch's {@code user_dictionary_rules} take them. */
    public List<String> rules() {
        return rules;
    }

    /** The dictionary for Lucene's nori tokenizer; null when there are no words. */
    public @Nullable UserDictionary toLucene() {
        if (rules.isEmpty()) {
            return null;
        }
        try {
            return UserDictionary.open(new StringReader(String.join("\n", rules)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> parse(String text, String source) {
        List<String> valid = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            int comment = line.indexOf('#');
            String entry = (comment >= 0 ? line.substring(0, comment) : line).strip().replaceAll("\\s+", " ");
            if (entry.isEmpty()) {
                continue;
            }
            if (isValid(entry)) {
                valid.add(entry);
            } else {
                log.warn("Skipping line {} of the search dictionary {}: '{}' (a word, or a word followed by the"
                        + " parts it is made of)", lineNumber, source, entry);
            }
        }
        return valid;
    }

    private static boolean isValid(String entry) {
        String[] parts = entry.split(" ");
        if (parts.length > 1 && !String.join("", java.util.Arrays.copyOfRange(parts, 1, parts.length)).equals(parts[0])) {
            return false;
        }
        try {
            return UserDictionary.open(new StringReader(entry)) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String readBuiltIn() {
        try (InputStream in = KoreanUserDictionary.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("The built-in search dictionary " + BUILT_IN + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
