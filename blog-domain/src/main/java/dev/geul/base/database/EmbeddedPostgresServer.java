package dev.geul.base.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server owned by this process.
 *
 * <p>The embedded library is built for tests: it starts the server with fsync and synchronous commit off.
 * A blog's data must survive a power cut, so a persistent server turns both back on. If the previous run
 * was killed, its server may still hold the data directory; it is asked to shut down first (a fast
 * shutdown, which keeps every committed transaction) so the new start does not fail on the lock.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    static final String DATABASE = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the cluster on first use; with {@code null} a
     * throw-away cluster in a temporary directory (tests).
     */
    public static EmbeddedPostgresServer start(Path dataDirectory) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(120))
                // the application stops the server when it closes, after everything that writes to it (saves in
                // flight, the search outbox leaving its cluster): a JVM hook of its own would stop it in the middle
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100");
        if (dataDirectory == null) {
            builder.setCleanDataDirectory(true);
        } else {
            Path directory = dataDirectory.toAbsolutePath();
            Files.createDirectories(directory);
            stopOrphanedServer(directory);
            builder.setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // its files are on local disks: looking rows up by index costs little more than reading
                    // them in order
                    .setServerConfig("random_page_cost", "1.1")
                    .setServerConfig("full_page_writes", "on");
            log.info("Starting embedded PostgreSQL on {}", directory);
        }
        return new EmbeddedPostgresServer(builder.start());
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    /** Reads a server setting, e.g. {@code fsync}. */
    public String setting(String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             var result = statement.executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * A server left running by a killed JVM still owns {@code postmaster.pid}. Asking it for a fast shutdown
     * (SIGINT) rolls back open transactions, keeps committed ones and frees the directory.
     */
    static void stopOrphanedServer(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(true));
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle server = orphan.get();
        log.warn("A PostgreSQL server (pid {}) from an earlier run still holds {}; shutting it down", server.pid(),
                dataDirectory);
        try {
            new ProcessBuilder(List.of("kill", "-INT", Long.toString(server.pid()))).inheritIO().start().waitFor();
            long deadline = System.nanoTime() + ORPHAN_SHUTDOWN_WAIT.toNanos();
            while (server.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not stop the PostgreSQL server (pid " + server.pid() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an earlier PostgreSQL server", e);
        }
        if (server.isAlive()) {
            throw new IllegalStateException("The PostgreSQL server (pid " + server.pid() + ") holding " + dataDirectory
                    + " did not stop within " + ORPHAN_SHUTDOWN_WAIT.toSeconds() + " s; stop it and start again");
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
