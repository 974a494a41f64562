package dev.geul.base.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a server's files are: its programs, its cluster and its password.
 *
 * @param binaries      the programs, in a directory only the blog's account may enter
 * @param cluster       the data directory PostgreSQL works in
 * @param passwordFile  the superuser's password, readable by the blog's account only
 * @param throwAwayRoot for a throw-away server, the private temporary directory removed when it stops
 */
record ServerLayout(Path binaries, Path cluster, Path passwordFile, @Nullable Path throwAwayRoot) {

    private static final Logger log = LoggerFactory.getLogger(ServerLayout.class);

    /** A blog's server: {@code BLOG_DATA_DIR/postgres}, with {@code postgres-bin} and {@code postgres-password}. */
    static ServerLayout beside(Path cluster) {
        Path absolute = cluster.toAbsolutePath().normalize();
        Path dataFolder = java.util.Objects.requireNonNull(absolute.getParent(), "a cluster needs a folder above it");
        return new ServerLayout(dataFolder.resolve("postgres-bin"), absolute, dataFolder.resolve("postgres-password"),
                null);
    }

    /**
     * A server for one test run: its cluster and password in a new temporary directory only this user may enter,
     * its programs in this user's cache folder, unpacked once for every run.
     */
    static ServerLayout throwAway() throws IOException {
        Path root = Files.createTempDirectory("geul-postgres-");
        PrivateFiles.ownerOnlyDirectory(root);
        return new ServerLayout(userCache().resolve("geul").resolve("postgres-bin"), root.resolve("cluster"),
                root.resolve("password"), root);
    }

    boolean isThrowAway() {
        return throwAwayRoot != null;
    }

    void deleteIfThrowAway() {
        if (throwAwayRoot == null || !Files.exists(throwAwayRoot)) {
            return;
        }
        try (Stream<Path> files = Files.walk(throwAwayRoot)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Could not remove the throw-away database in {}", throwAwayRoot, e);
        }
    }

    private static Path userCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    }
}
