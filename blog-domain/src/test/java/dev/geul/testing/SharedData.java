package dev.geul.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared test data ({@code shared/data} beside the repository), found by walking up from the
 * working directory: Maven runs a module's tests inside the module.
 */
public final class SharedData {

    public static final String THEME_UNIT_TEST_WXR = "wordpress-theme-unit-test.wxr.xml";

    private SharedData() {
    }

    public static Path file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                Path file = candidate.resolve(name);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException(file + " is missing");
                }
                return file;
            }
        }
        throw new IllegalStateException("No shared/data directory above " + Path.of("").toAbsolutePath());
    }
}
