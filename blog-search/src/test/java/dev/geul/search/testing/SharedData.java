package dev.geul.search.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared test data ({@code shared/data/} beside the repository). Maven runs tests in the module
 * directory, an IDE maybe elsewhere: look upwards from the working directory.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    public static String read(String name) {
        try {
            return Files.readString(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
