package dev.geul.base.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server owned by this process.
 *
 * <p>The embedded library is built for tests: it starts the server with fsync and synchronous commit off.
 * A blog's data must survive a power cut, so a persistent server turns both back on. If the previous run
 * was killed, its server may still hold the data directory; it is asked to shut down first (a fast
 * shutdown, which keeps every committed transaction) so the new start does not fail on the lock.
 *
 * <p>The library also trusts every local client and unpacks its programs into the shared temporary folder.
 * Here the programs are unpacked into a directory only the blog's account may enter, the superuser has a random
 * password kept readable by that account alone, every connection must prove it, and the server opens no Unix
 * socket (the blog connects over loopback).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    static final String DATABASE = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(60);
    /** The library reads where to work from this property when its builder is made; see {@link #builderIn}. */
    private static final String LIBRARY_WORKING_DIRECTORY = "ot.epg.working-dir";

    private final EmbeddedPostgres postgres;
    private final ServerLayout layout;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, ServerLayout layout, String password) {
        this.postgres = postgres;
        this.layout = layout;
        this.password = password;
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the cluster on first use, with its programs in
     * {@code postgres-bin} and its password in {@code postgres-password} beside it; with {@code null} a throw-away
     * cluster in a private temporary directory (tests), its programs in the user's own cache folder.
     */
    public static EmbeddedPostgresServer start(@Nullable Path dataDirectory) throws IOException {
        ServerLayout layout = dataDirectory == null ? ServerLayout.throwAway() : ServerLayout.beside(dataDirectory);
        Path cluster = layout.cluster();
        PrivateFiles.ownerOnlyDirectory(layout.binaries());
        UnpackedBinaries binaries = new UnpackedBinaries(layout.binaries().resolve("unpacked"));
        Files.createDirectories(binaries.directory());
        PrivateFiles.requireUnchangeableByOthers(binaries.directory());
        PrivateFiles.Password password = PrivateFiles.password(layout.passwordFile());
        boolean newCluster = layout.isThrowAway() || !Files.exists(cluster.resolve("postgresql.conf"));

        EmbeddedPostgres.Builder builder = builderIn(binaries.directory())
                .setOverrideWorkingDirectory(binaries.directory().toFile())
                .setPgBinaryResolver(binaries)
                .setDataDirectory(cluster)
                .setCleanDataDirectory(layout.isThrowAway())
                .setPGStartupWait(Duration.ofSeconds(120))
                // the application stops the server when it closes, after everything that writes to it (saves in
                // flight, the search outbox leaving its cluster): a JVM hook of its own would stop it in the middle
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("password_encryption", ClusterAccess.SCRAM)
                // no socket file in a folder every account may enter; the blog connects over loopback
                .setServerConfig("unix_socket_directories", "")
                // the library hands these to initdb as --auth=... and --pwfile=...: a new cluster starts with
                // the password and password checks, never with trust
                .setLocaleConfig("auth", ClusterAccess.SCRAM)
                .setLocaleConfig("pwfile", layout.passwordFile().toString())
                .setConnectConfig("password", password.value())
                .setDataDirectoryCustomizer(directory -> lockDown(directory.toPath(), binaries, password, newCluster));
        if (!layout.isThrowAway()) {
            Path directory = cluster.toAbsolutePath();
            stopOrphanedServer(directory);
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // its files are on local disks: looking rows up by index costs little more than reading
                    // them in order
                    .setServerConfig("random_page_cost", "1.1")
                    .setServerConfig("full_page_writes", "on");
            log.info("Starting embedded PostgreSQL on {}", directory);
        }
        try {
            return new EmbeddedPostgresServer(builder.start(), layout, password.value());
        } catch (IOException | RuntimeException e) {
            layout.deleteIfThrowAway();
            throw e;
        } finally {
            // the library opens its working directory to everybody; inside the private folder it is ours alone again
            PrivateFiles.ownerOnlyDirectory(binaries.directory());
        }
    }

    /**
     * Runs after a new cluster was made and before the server starts. A cluster from an earlier version (or one
     * whose password file was lost) gets the password first, while no port is open; then the access rules are
     * written, so the server starts with password checks everywhere.
     */
    private static void lockDown(Path cluster, UnpackedBinaries binaries, PrivateFiles.Password password,
                                 boolean newCluster) {
        try {
            if (!newCluster && (password.created() || ClusterAccess.rulesDiffer(cluster))) {
                Path postgres = binaries.postgresProgram().orElseThrow(() -> new IllegalStateException(
                        "The PostgreSQL programs were not unpacked into " + binaries.directory()));
                ClusterAccess.setSuperuserPassword(postgres, cluster, USER, password.value());
            }
            ClusterAccess.writeRules(cluster);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The library takes the folder it works in (and cleans up) from a system property read when its builder is
     * made, the shared temporary folder by default: pointing it at the private folder for that moment keeps the
     * server out of the shared one entirely.
     */
    private static EmbeddedPostgres.Builder builderIn(Path workingDirectory) {
        synchronized (EmbeddedPostgresServer.class) {
            String previous = System.getProperty(LIBRARY_WORKING_DIRECTORY);
            System.setProperty(LIBRARY_WORKING_DIRECTORY, workingDirectory.toString());
            try {
                return EmbeddedPostgres.builder();
            } finally {
                if (previous == null) {
                    System.clearProperty(LIBRARY_WORKING_DIRECTORY);
                } else {
                    System.setProperty(LIBRARY_WORKING_DIRECTORY, previous);
                }
            }
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    /** The superuser's password; every connection needs it. */
    public String password() {
        return password;
    }

    /** The file the password is kept in (readable by the blog's account only). */
    public Path passwordFile() {
        return layout.passwordFile();
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
        try {
            postgres.close();
        } finally {
            layout.deleteIfThrowAway();
        }
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

    /** How to reach a blog's server that is running now, for the command line beside a running blog. */
    public record RunningServer(String jdbcUrl, String password) {

        @Override
        public String toString() {
            return "RunningServer[" + jdbcUrl + "]";
        }
    }

    /**
     * The server a running blog (or a killed one) keeps on {@code dataDirectory}, found through its
     * {@code postmaster.pid} (whose fourth line is its port) and the password file beside the cluster.
     */
    public static Optional<RunningServer> findRunning(Path dataDirectory) {
        ServerLayout layout = ServerLayout.beside(dataDirectory);
        Path pidFile = layout.cluster().resolve("postmaster.pid");
        boolean alive = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).isPresent();
        if (!alive || !Files.isRegularFile(layout.passwordFile())) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            int port = Integer.parseInt(lines.get(3).trim());
            String password = Files.readString(layout.passwordFile()).trim();
            return Optional.of(new RunningServer("jdbc:postgresql://localhost:" + port + "/" + DATABASE, password));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
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
