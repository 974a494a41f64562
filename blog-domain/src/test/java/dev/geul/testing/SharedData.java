package dev.geul.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shared test data (Korean corpus, WordPress export, XSS vectors), found beside the repository. */
public final class SharedData {

    public static final String THEME_UNIT_TEST_WXR = "wordpress-theme-unit-test.wxr.xml";

    private SharedData() {
    }

    /** The whole file as UTF-8 text. */
    public static String read(String name) {
        try {
            return Files.readString(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    /** Every payload: one a line from xss-vectors.txt, and the multi-line ones between ===== lines. */
    public static List<String> xssVectors() {
        try {
            List<String> vectors = new ArrayList<>();
            for (String line : Files.readAllLines(file("xss-vectors.txt"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    vectors.add(line);
                }
            }
            String multiline = Files.readString(file("xss-vectors-multiline.txt"), StandardCharsets.UTF_8);
            for (String vector : multiline.split("(?m)^=====+\\s*$")) {
                if (!vector.isBlank()) {
                    vectors.add(vector.strip());
                }
            }
            return vectors;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
