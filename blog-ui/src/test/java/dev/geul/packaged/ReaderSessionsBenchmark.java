package dev.geul.packaged;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.geul.base.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

/**
 * How many readers the packaged blog holds and how fast it lets them in: not a test (nothing is asserted, and
 * the figures depend on the machine), run on demand with the {@code benchmark} profile:
 *
 * <pre>./geul mvn -B -pl blog-ui -am verify -Pbenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReaderSessionsBenchmark -Dfailsafe.failIfNoSpecifiedTests=false</pre>
 *
 * <p>(the -D options keep the other modules' tests from running first). {@code -Dbenchmark.readers=N},
 * {@code -Dbenchmark.threads=N}, {@code -Dbenchmark.extracted=true} (Spring Boot's extracted layout instead of
 * {@code java -jar}) and {@code -Dbenchmark.jfr=FILE} (a flight recording of the app) change the run.
 *
 * <p>It starts the jar on a PostgreSQL of its own, fills the blog with 40 posts (categories, tags, comments),
 * then opens the home page as {@code benchmark.readers} new readers (2000) from {@code benchmark.threads}
 * client threads (8). Each reader is a new browser with its own cookies, as Vaadin sees it: {@code GET /},
 * which (with eager server load) creates its session and UI and renders the feed in the same request. The heap
 * after a full GC before and after, divided by the readers, is what one reader's session costs.
 */
class ReaderSessionsBenchmark {

    static final int READERS = Integer.getInteger("benchmark.readers", 2000);
    static final int THREADS = Integer.getInteger("benchmark.threads", 8);
    static final int WARM_UP = Integer.getInteger("benchmark.warmup", 1000);
    static final String FIRST_TITLE = "벤치마크 글 40";
    /** {@code -Dbenchmark.extracted=true}: run Spring Boot's extracted layout instead of {@code java -jar} on the jar. */
    static final boolean EXTRACTED = Boolean.getBoolean("benchmark.extracted");

    @Test
    void readers_opening_the_home_page() throws Exception {
        Path workDir = Files.createTempDirectory("geul-benchmark");
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(null)) {
            String url = "jdbc:postgresql://127.0.0.1:" + database.port() + "/postgres";
            try (PackagedApp app = PackagedApp.start(workDir, Map.of("BLOG_ADMIN_PASSWORD", "benchmark-admin-pw",
                            "BLOG_DATA_DIR", workDir.resolve("data").toString(), "SPRING_DATASOURCE_URL", url,
                            "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", database.password()),
                    appOptions(), EXTRACTED ? PackagedApp.extracted(workDir) : PackagedApp.jar())) {
                seed(url, database.password());
                System.out.printf("geul reader sessions benchmark: %d readers, %d client threads, %d cores, %s %s%n",
                        READERS, THREADS, Runtime.getRuntime().availableProcessors(),
                        EXTRACTED ? "extracted layout of" : "java -jar", PackagedApp.jar());
                Reader probe = new Reader(app.baseUrl(), HttpClient.newHttpClient());
                String feed = probe.openHome();
                if (!feed.contains(FIRST_TITLE)) {
                    throw new IllegalStateException("The bootstrap did not render the feed:\n"
                            + feed.substring(0, Math.min(2000, feed.length())));
                }
                run(app, WARM_UP);
                long before = heapAfterGc(app.pid());
                Result result = run(app, READERS);
                long after = heapAfterGc(app.pid());
                long perSession = (after - before) / READERS;
                System.out.printf("  warm-up readers:            %d%n", WARM_UP);
                System.out.printf("  readers opened:             %d in %.2f s -> %.0f new readers/s%n",
                        READERS, result.seconds(), READERS / result.seconds());
                System.out.printf("  latency per reader: median %d ms, p95 %d ms, p99 %d ms%n",
                        result.percentile(50), result.percentile(95), result.percentile(99));
                System.out.printf("  heap after GC:              %,d KB before, %,d KB after%n", before / 1024,
                        after / 1024);
                System.out.printf("  heap per reader session:    %,d bytes (%.1f KB)%n", perSession,
                        perSession / 1024.0);
                System.out.printf("  failures:                   %d%n", result.failures());
                app.stop();
            }
        }
    }

    /** With {@code -Dbenchmark.jfr=FILE}, the app records a Java Flight Recording of the run into FILE. */
    private static List<String> appOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx1g", "-XX:+UseG1GC"));
        String recording = System.getProperty("benchmark.jfr");
        if (recording != null && !recording.isBlank()) {
            options.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
        }
        return options;
    }

    record Result(double seconds, List<Long> latenciesMillis, int failures) {

        long percentile(int p) {
            if (latenciesMillis.isEmpty()) {
                return -1;
            }
            List<Long> sorted = new ArrayList<>(latenciesMillis);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }

    private static Result run(PackagedApp app, int readers) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            running.add(clients.submit(() -> {
                // one connection pool per client thread, as a proxy in front of the blog would have; every
                // request still comes without a cookie, as a new reader's does, and gets a session of its own
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                while (next.getAndIncrement() < readers) {
                    long began = System.nanoTime();
                    try {
                        String feed = new Reader(app.baseUrl(), http).openHome();
                        if (!feed.contains(FIRST_TITLE)) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - began) / 1_000_000);
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        return new Result(seconds, latencies, failures.get());
    }

    /** A new reader's browser: no cookie yet, and the request it makes to show the home page. */
    static final class Reader {

        private final String baseUrl;
        private final HttpClient http;

        Reader(String baseUrl, HttpClient http) {
            this.baseUrl = baseUrl;
            this.http = http;
        }

        /**
         * The page request. The blog answers it with the reader's page already built on the server (Vaadin's
         * eager server load): the UI is created and the home view rendered in this request, its first UIDL
         * embedded in the HTML, so this one request is all a reader's browser makes before showing the feed.
         */
        String openHome() throws Exception {
            HttpResponse<String> page = get("/", "text/html");
            if (page.statusCode() != 200) {
                throw new IllegalStateException("GET / answered " + page.statusCode());
            }
            if (!page.body().contains("\"v-uiId\"") && !page.body().contains(FIRST_TITLE)) {
                throw new IllegalStateException("GET / did not bootstrap a UI (is vaadin.eagerServerLoad off?)");
            }
            return page.body();
        }

        private HttpResponse<String> get(String path, String accept) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept)
                    .header("Accept-Language", "ko-KR,ko;q=0.9").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Heap in use after a full collection, as the JDK's jcmd reports it for the app's process. */
    static long heapAfterGc(long pid) throws Exception {
        jcmd(pid, "GC.run");
        Thread.sleep(500);
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("No heap figure in:\n" + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String jcmd(long pid, String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed:\n" + output);
        }
        return output;
    }

    /** A blog with some history: 3 categories, 6 tags, 40 published posts with a few comments each. */
    static void seed(String url, String password) throws Exception {
        try (Connection db = DriverManager.getConnection(url, "postgres", password)) {
            db.setAutoCommit(false);
            long author = queryLong(db, "select id from account order by id limit 1");
            String[] categories = {"개발", "일상", "여행"};
            long[] categoryIds = new long[categories.length];
            for (int i = 0; i < categories.length; i++) {
                try (PreparedStatement insert = db.prepareStatement(
                        "insert into category (name, slug, sort_order) values (?, ?, ?) returning id")) {
                    insert.setString(1, categories[i]);
                    insert.setString(2, categories[i]);
                    insert.setInt(3, i);
                    categoryIds[i] = returningId(insert);
                }
            }
            String[] tags = {"자바", "vaadin", "회고", "사진", "서울", "postgres"};
            long[] tagIds = new long[tags.length];
            for (int i = 0; i < tags.length; i++) {
                try (PreparedStatement insert = db.prepareStatement(
                        "insert into tag (name, slug) values (?, ?) returning id")) {
                    insert.setString(1, tags[i]);
                    insert.setString(2, tags[i]);
                    tagIds[i] = returningId(insert);
                }
            }
            Instant start = Instant.parse("2026-01-01T00:00:00Z");
            String body = "<p>" + "한국어와 English가 섞인 긴 문단입니다. ".repeat(40) + "</p>";
            for (int n = 1; n <= 40; n++) {
                long post;
                Timestamp at = Timestamp.from(start.plus(Duration.ofHours(n)));
                try (PreparedStatement insert = db.prepareStatement("""
                        insert into post (kind, title, slug, content_html, status, visibility, published_at,
                                          created_at, updated_at, author_id, category_id)
                        values ('POST', ?, ?, ?, 'PUBLISHED', 'PUBLIC', ?, ?, ?, ?, ?) returning id""")) {
                    insert.setString(1, "벤치마크 글 " + n);
                    insert.setString(2, "benchmark-" + n);
                    insert.setString(3, body);
                    insert.setTimestamp(4, at);
                    insert.setTimestamp(5, at);
                    insert.setTimestamp(6, at);
                    insert.setLong(7, author);
                    insert.setLong(8, categoryIds[n % categoryIds.length]);
                    post = returningId(insert);
                }
                for (int t = 0; t < 2; t++) {
                    try (PreparedStatement link = db.prepareStatement("insert into post_tag values (?, ?)")) {
                        link.setLong(1, post);
                        link.setLong(2, tagIds[(n + t) % tagIds.length]);
                        link.executeUpdate();
                    }
                }
                for (int c = 0; c < n % 4; c++) {
                    try (PreparedStatement comment = db.prepareStatement("""
                            insert into comment (post_id, author_name, body, status, created_at)
                            values (?, ?, ?, 'APPROVED', ?)""")) {
                        comment.setLong(1, post);
                        comment.setString(2, "독자 " + c);
                        comment.setString(3, "잘 읽었습니다 " + c);
                        comment.setTimestamp(4, at);
                        comment.executeUpdate();
                    }
                }
            }
            db.commit();
        }
    }

    private static long queryLong(Connection db, String sql) throws Exception {
        try (var result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long returningId(PreparedStatement insert) throws Exception {
        try (var result = insert.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
