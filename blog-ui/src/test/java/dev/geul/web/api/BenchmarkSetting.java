package dev.geul.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.StringUtils;

/**
 * What a benchmark's figures were measured on, read from the running blog, its database server and the JVM, so that
 * each figure can be printed beside it.
 *
 * <p>The database is the one a user's blog gets unless told otherwise: the embedded PostgreSQL server on a data
 * directory of its own, durable (fsync and synchronous commit on). With {@code SPRING_DATASOURCE_URL} (and
 * {@code _USERNAME}, {@code _PASSWORD}) it is that external server; with {@code -Dbenchmark.embedded=test} the
 * test suite's throw-away embedded server, which runs with fsync and synchronous commit off.
 */
record BenchmarkSetting(String database, String server, String fsync, String synchronousCommit, String jdbc,
                        String searchBackend, int cores, String cpu, long maxHeapMb, String jvm, LocalDate date,
                        String commit) {

    /** Where the blog keeps its files (search index, media and, embedded, its database) during a benchmark. */
    static final Path DATA_DIR = Path.of("target", "benchmark-data");

    /** Points the blog at a fresh data directory and at the database asked for; before the application starts. */
    static void choose(DynamicPropertyRegistry registry) throws IOException {
        emptyDataDirectory();
        registry.add("geul.data-dir", DATA_DIR::toString);
        registry.add("geul.database.embedded.ephemeral", () -> "test".equals(System.getProperty("benchmark.embedded")));
    }

    /**
     * Removes what an earlier run left, except a database server a killed run left running (the blog stops that one
     * itself, on the same directory).
     */
    private static void emptyDataDirectory() throws IOException {
        if (!Files.isDirectory(DATA_DIR)) {
            return;
        }
        Path cluster = DATA_DIR.resolve("postgres");
        boolean serverLeftRunning = Files.exists(cluster.resolve("postmaster.pid"));
        try (Stream<Path> files = Files.walk(DATA_DIR)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!(serverLeftRunning && file.startsWith(cluster)) && !file.equals(DATA_DIR)) {
                    Files.delete(file);
                }
            }
        }
    }

    static BenchmarkSetting read(Environment environment, JdbcTemplate jdbc, DataSource dataSource,
                                 String searchBackend) {
        String database;
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            database = "external PostgreSQL (SPRING_DATASOURCE_URL)";
        } else if (environment.getProperty("geul.database.embedded.ephemeral", Boolean.class, false)) {
            database = "embedded PostgreSQL, the tests' throw-away server";
        } else {
            database = "embedded PostgreSQL, durable as a blog runs it";
        }
        String version = jdbc.queryForObject("show server_version", String.class);
        String jdbcSettings = "unknown pool";
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
                jdbcSettings = "pool of " + hikari.getMaximumPoolSize() + ", reWriteBatchedInserts="
                        + hikari.getDataSourceProperties().getProperty("reWriteBatchedInserts", "false");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Runtime runtime = Runtime.getRuntime();
        return new BenchmarkSetting(database, "PostgreSQL " + version.split(" ")[0] + ", shared_buffers "
                + show(jdbc, "shared_buffers") + ", full_page_writes " + show(jdbc, "full_page_writes")
                + ", max_wal_size " + show(jdbc, "max_wal_size"), show(jdbc, "fsync"),
                show(jdbc, "synchronous_commit"), jdbcSettings,
                searchBackend, runtime.availableProcessors(), cpuModel(),
                runtime.maxMemory() >> 20, System.getProperty("java.vm.name") + " " + Runtime.version(),
                LocalDate.now(), measuredCommit());
    }

    private static String show(JdbcTemplate jdbc, String setting) {
        return jdbc.queryForObject("show " + setting, String.class);
    }

    /** The few words that go beside every figure. */
    String brief(int posts, double averageLength) {
        return String.format(Locale.ROOT, "[%,d posts of %,.0f characters; %s, fsync %s, synchronous_commit %s; %s;"
                        + " %d cores, heap %,d MB; %s]", posts, averageLength, database.startsWith("external")
                        ? "external PostgreSQL " + serverVersion() : "embedded PostgreSQL " + serverVersion()
                        + (database.contains("throw-away") ? " (tests' server)" : " (durable)"),
                fsync, synchronousCommit, searchBackend, cores, maxHeapMb, date);
    }

    private String serverVersion() {
        return server.split(",")[0].replace("PostgreSQL ", "");
    }

    /** The whole setting, for the head of a report. */
    String describe() {
        return String.format(Locale.ROOT, "database: %s, %s; fsync %s, synchronous_commit %s (as SHOW answers);"
                        + " JDBC: %s%nsearch backend: %s%nmachine: %d cores (%s), %s, max heap %,d MB%ndate %s, commit %s",
                database, server, fsync, synchronousCommit, jdbc, searchBackend, cores, cpu, jvm, maxHeapMb, date, commit);
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("cpu unknown");
        } catch (IOException | RuntimeException e) {
            return "cpu unknown";
        }
    }

    /** The commit measured, with "+changes" when the working tree differs from it. */
    private static String measuredCommit() {
        try {
            Process head = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String commit = new String(head.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
                    .redirectErrorStream(true).start();
            String changes = new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return head.waitFor() == 0 ? commit + (changes.isEmpty() ? "" : " +changes") : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
