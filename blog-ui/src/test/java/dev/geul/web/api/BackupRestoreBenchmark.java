package dev.geul.web.api;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import dev.geul.account.BlogUser;
import dev.geul.backup.BackupProperties;
import dev.geul.backup.BackupService;
import dev.geul.backup.Restore;
import dev.geul.base.BlogProperties;
import dev.geul.base.database.EmbeddedPostgresServer;
import dev.geul.testing.BlogFixtures;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: a harness that prints figures (no timing assertions). Run it alone with the {@code benchmark}
 * profile: {@code ./geul mvn -B -pl blog-ui -am verify -Pbenchmark -Dtest=none -Dit.test=BackupRestoreBenchmark};
 * {@code -Dbenchmark.copies=1} for a quick run (11,823 posts instead of 94,584).
 *
 * <p>Fills the blog with the shared Korean corpus, one short post per row ({@link BenchmarkCorpus#writeCopies}), as a
 * WordPress export through {@code POST /api/import/wxr}, makes a backup through {@code POST /api/admin/backups} while
 * the blog runs, then restores the archive into an empty database on a second PostgreSQL server, as {@code ./geul restore} does. Prints
 * each phase's time, the archive's size and the heap's peak during each phase.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true",
        "geul.backup.schedule=-",
        "logging.level.org.hibernate.search=WARN"})
class BackupRestoreBenchmark {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BlogProperties blog;
    @Autowired
    BackupProperties backupProperties;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void run() throws Exception {
        int copies = Integer.getInteger("benchmark.copies", 8);
        fixtures.resetDatabase();
        BlogUser admin = fixtures.admin();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (admin.username() + ":" + BlogFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        List<CSVRecord> rows = BenchmarkCorpus.records();
        Runtime runtime = Runtime.getRuntime();
        print("geul backup and restore: %d rows x %d copies = %d posts; %d cores, %s %s, max heap %d MB",
                rows.size(), copies, rows.size() * copies, runtime.availableProcessors(),
                System.getProperty("java.vm.name"), Runtime.version(), runtime.maxMemory() >> 20);

        Path wxr = Files.createTempFile("geul-benchmark", ".xml");
        try {
            BenchmarkCorpus.writeCopies(rows, copies, wxr);
            Measured<HttpResponse<String>> imported = measure(() -> http.send(HttpRequest.newBuilder(uri("/api/import/wxr"))
                    .header("Authorization", authorization).header("Content-Type", "application/xml")
                    .timeout(Duration.ofHours(1)).POST(HttpRequest.BodyPublishers.ofFile(wxr)).build(),
                    HttpResponse.BodyHandlers.ofString()));
            print("fill: POST /api/import/wxr (HTTP %d): %d posts in %.1f s, peak heap %d MB",
                    imported.value().statusCode(), count("post"), imported.seconds(), imported.peakHeapMb());
        } finally {
            Files.deleteIfExists(wxr);
        }
        long rowsBefore = count("post") + count("comment") + count("tag") + count("post_tag");

        Measured<HttpResponse<String>> backedUp = measure(() -> http.send(HttpRequest.newBuilder(uri("/api/admin/backups"))
                .header("Authorization", authorization).header("X-Requested-With", "benchmark")
                .timeout(Duration.ofHours(1)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()));
        JsonNode backup = JSON.readTree(backedUp.value().body());
        Path archive = BackupService.backupDir(blog, backupProperties).resolve(backup.path("file").asString());
        print("backup: POST /api/admin/backups (HTTP %d, verified %s): %d rows in %.1f s (written and read back),"
                        + " archive %.1f MB, peak heap %d MB", backedUp.value().statusCode(),
                backup.path("verified").asBoolean(), backup.path("rows").asLong(), backedUp.seconds(),
                Files.size(archive) / (1024.0 * 1024.0), backedUp.peakHeapMb());

        Path restoredMedia = Files.createTempDirectory("geul-benchmark-media");
        try (EmbeddedPostgresServer empty = EmbeddedPostgresServer.start(null)) {
            PGSimpleDataSource target = new PGSimpleDataSource();
            target.setUrl(empty.jdbcUrl());
            target.setUser(EmbeddedPostgresServer.USER);
            target.setPassword(empty.password());
            Measured<Restore.Result> restored = measure(() -> new Restore(target, restoredMedia, null)
                    .restore(archive, false));
            long restoredPosts = new JdbcTemplate(target).queryForObject("select count(*) from post", Long.class);
            print("restore into an empty database (verify, schema, COPY FROM, sequences, migrate): %d rows, %d posts"
                            + " in %.1f s, peak heap %d MB", restored.value().rows(), restoredPosts, restored.seconds(),
                    restored.peakHeapMb());
            print("posts, comments, tags and their links before: %d; after restore: %d", rowsBefore,
                    new JdbcTemplate(target).queryForObject("select (select count(*) from post) + (select count(*)"
                            + " from comment) + (select count(*) from tag) + (select count(*) from post_tag)",
                            Long.class));
        } finally {
            try (var files = Files.walk(restoredMedia)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** What a phase gave, how long it took, and the most heap in use while it ran (sampled every 20 ms). */
    private record Measured<T>(T value, double seconds, long peakHeapMb) {
    }

    private static <T> Measured<T> measure(Callable<T> phase) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        try {
            T value = phase.call();
            return new Measured<>(value, (System.nanoTime() - start) / 1e9, peak.get() >> 20);
        } finally {
            running.set(false);
            sampler.join();
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void print(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
