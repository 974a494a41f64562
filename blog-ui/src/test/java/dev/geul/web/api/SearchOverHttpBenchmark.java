package dev.geul.web.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.geul.account.BlogUser;
import dev.geul.search.SearchProperties;
import dev.geul.search.analysis.HangulKeyboard;
import dev.geul.search.analysis.Jamo;
import dev.geul.search.analysis.KoreanAnalyzer;
import dev.geul.search.analysis.KoreanUserDictionary;
import dev.geul.search.synonym.SynonymService;
import dev.geul.search.words.BlogVocabulary;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.SharedData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: a harness that prints figures (no timing assertions). Run it alone with the {@code benchmark}
 * profile: {@code ./geul mvn -B -pl blog-ui -am verify -Pbenchmark -Dit.test=SearchOverHttpBenchmark}; add
 * {@code -Dbenchmark.posts=2000} for a quick run.
 *
 * <p>Makes {@code benchmark.posts} posts (25,000 unless told otherwise) of the seed post's length from the shared
 * Korean corpus, each its own text ({@link BenchmarkCorpus#posts}), and brings them in as a migrating blogger would,
 * as a WordPress export through {@code POST /api/import/wxr}: the import service sanitizes, gives slugs, stores and
 * indexes (on each commit, synchronously) every post. Then it rebuilds the index ({@code POST /api/admin/reindex}),
 * asks {@code GET /api/search} what readers would ask, each query once after a warm-up with others
 * ({@link BenchmarkQueries}), compares the latency with PostgreSQL {@code ILIKE} on the same rows, measures recall and
 * precision by paging through every hit of the nouns whose posts fit a budget of requests, then search that forgives
 * slips and the suggestions while typing.
 *
 * <p>The database is the durable embedded one a user's blog gets, or the external one {@code SPRING_DATASOURCE_URL}
 * names ({@link BenchmarkSetting}); every figure is printed with what it was measured on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true",
        // what a running blog uses: the request that saved a post returns once its index changes are written
        "geul.search.indexing-synchronization=write-sync",
        "logging.level.org.hibernate.search=WARN"})
class SearchOverHttpBenchmark {

    static final int TOP_HITS = 10;
    static final int PAGE_SIZE = 50;
    static final long SEED = 20261208;
    /** Single nouns and two-word queries, each asked once while timed. */
    static final int TIMED_NOUNS = 400;
    static final int TIMED_PAIRS = 200;
    /** Queries of the timed ones also asked of PostgreSQL ILIKE, which reads every post's text each time. */
    static final int ILIKE_QUERIES = 20;
    /** Nouns paged through to their last hit, and how many page requests they may take in all. */
    static final int RECALL_NOUNS = 40;
    static final int RECALL_PAGE_BUDGET = 1_200;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        BenchmarkSetting.choose(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;
    @Autowired
    SearchProperties searchProperties;
    @Autowired
    BlogVocabulary vocabulary;
    @Autowired
    SynonymService synonyms;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StringBuilder report = new StringBuilder();
    private final Map<Long, String> textOfPost = new HashMap<>();
    private String adminAuthorization;
    private String measuredOn = "";

    @Test
    void run() throws Exception {
        int count = Integer.getInteger("benchmark.posts", 25_000);
        fixtures.resetDatabase();
        BlogUser admin = fixtures.admin();
        adminAuthorization = "Basic " + Base64.getEncoder().encodeToString(
                (admin.username() + ":" + BlogFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        BenchmarkSetting setting = BenchmarkSetting.read(environment, jdbc, dataSource,
                searchProperties.backend().name().toLowerCase(Locale.ROOT));
        List<BenchmarkCorpus.Row> rows = BenchmarkCorpus.rows();
        int seedLength = SharedData.read("seed-post-ko.txt").strip().length();
        List<BenchmarkCorpus.Post> posts = BenchmarkCorpus.posts(rows, count, seedLength, SEED);
        double averageLength = posts.stream().mapToInt(post -> post.text().length()).average().orElse(0);
        long distinct = posts.stream().map(BenchmarkCorpus.Post::text).distinct().count();
        print("geul search over HTTP");
        print("posts: %,d made from korean-chatbot-qa.csv (%,d rows, seed %d), %,d distinct texts, title and text"
                        + " %,.0f characters on average (the seed post: %,d), %d paragraphs", posts.size(), rows.size(),
                SEED, distinct, averageLength, seedLength, BenchmarkCorpus.PARAGRAPHS);
        print("%s", setting.describe());
        measuredOn = " " + setting.brief(posts.size(), averageLength);

        // 1. import: the archive through the API and the import service, every post indexed as it is stored
        Path wxr = Files.createTempFile("geul-benchmark", ".xml");
        try {
            BenchmarkCorpus.writeArchive(posts, wxr);
            double megabytes = Files.size(wxr) / (1024.0 * 1024);
            Map<String, Long> walBefore = wal();
            long start = System.nanoTime();
            HttpResponse<String> imported = http.send(HttpRequest.newBuilder(uri("/api/import/wxr"))
                    .header("Authorization", adminAuthorization).header("Content-Type", "application/xml")
                    .timeout(Duration.ofHours(1)).POST(HttpRequest.BodyPublishers.ofFile(wxr)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double seconds = seconds(start);
            Map<String, Long> walAfter = wal();
            JsonNode importReport = JSON.readTree(imported.body());
            long stored = importReport.path("posts").asLong();
            figure("import + indexing: POST /api/import/wxr of a %.0f MB export: %,d posts in %.1f s = %,.0f posts/s,"
                            + " %.2f MB/s (HTTP %d, %d left out)", megabytes, stored, seconds, stored / seconds,
                    megabytes / seconds, imported.statusCode(),
                    importReport.path("skipped").size());
            if (!walBefore.isEmpty()) {
                print("  the server wrote %,d MB of WAL and flushed it to disk %,d times during the import (pg_stat_wal,"
                        + " the whole server's)", (walAfter.get("bytes") - walBefore.get("bytes")) >> 20,
                        walAfter.get("syncs") - walBefore.get("syncs"));
            }
        } finally {
            Files.deleteIfExists(wxr);
        }

        // 2. rebuild the whole index from the database
        long start = System.nanoTime();
        HttpResponse<String> reindexed = http.send(HttpRequest.newBuilder(uri("/api/admin/reindex"))
                .header("Authorization", adminAuthorization).header("X-Requested-With", "benchmark").timeout(Duration.ofHours(1))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        double reindexSeconds = seconds(start);
        long reindexedPosts = JSON.readTree(reindexed.body()).path("done").asLong();
        figure("mass indexing: POST /api/admin/reindex: %,d posts in %.1f s = %,.0f posts/s (HTTP %d)", reindexedPosts,
                reindexSeconds, reindexedPosts / reindexSeconds, reindexed.statusCode());

        jdbc.queryForList("select id, title, content_html from post").forEach(row -> textOfPost.put(
                ((Number) row.get("id")).longValue(), row.get("title") + " " + Jsoup.parse((String) row.get("content_html")).text()));
        jdbc.execute("analyze post");

        // 3. what a reader's search costs, each query asked once, against ILIKE
        BenchmarkQueries queries = BenchmarkQueries.draw(rows, TIMED_NOUNS, TIMED_PAIRS, 60, 40, 30, SEED);
        Map<String, Timed> timed = measureLatency(queries);
        measureIlike(queries, timed);

        // 4. quality: the top hits of every timed query; every hit of the nouns a budget of requests allows
        topHitsHoldTheirWords(queries, timed);
        new SearchRecall(this::search, textOfPost, synonyms::alternativesOf).measure(queries.nouns(), RECALL_NOUNS,
                PAGE_SIZE, RECALL_PAGE_BUDGET, this::figure);

        // 5. search that forgives: typos, the keyboard in English mode, initials, synonyms; suggestions as one types
        measureForgiving(queries.forgiving());
        measureSuggestions(queries);

        String kind = setting.database().startsWith("external") ? "external" : "embedded";
        Path file = Path.of("target", "search-benchmark-report-" + kind + ".txt");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("\n" + report + "(also in " + file.toAbsolutePath() + ")");
    }

    /** One timed answer of {@code GET /api/search}. */
    record Timed(double millis, JsonNode result) {
    }

    private Map<String, Timed> measureLatency(BenchmarkQueries queries) {
        List<String> warmUp = queries.warmUp();
        warmUp.forEach(query -> search(query, 1, TOP_HITS));
        Map<String, Timed> timed = new LinkedHashMap<>();
        for (String query : queries.timed(SEED)) {
            long start = System.nanoTime();
            JsonNode result = search(query, 1, TOP_HITS);
            timed.put(query, new Timed((System.nanoTime() - start) / 1e6, result));
        }
        List<Double> all = timed.values().stream().map(Timed::millis).toList();
        List<Double> nouns = queries.nouns().stream().map(query -> timed.get(query).millis()).toList();
        List<Double> pairs = queries.pairs().stream().map(query -> timed.get(query).millis()).toList();
        figure("GET /api/search, %d distinct queries each asked once (%d nouns, %d two-word) after %d others to warm up"
                        + " (total, %d hits with snippets, facets, comment counts, as JSON): p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms; nouns p50 %.1f ms, two-word p50 %.1f ms", timed.size(),
                nouns.size(), pairs.size(), warmUp.size(), TOP_HITS, Stats.percentile(all, 50),
                Stats.percentile(all, 95), Stats.percentile(all, 99), Stats.percentile(all, 100),
                Stats.percentile(nouns, 50), Stats.percentile(pairs, 50));
        print("  slowest: %s", timed.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue().millis(), a.getValue().millis())).limit(6)
                .map(entry -> String.format(Locale.ROOT, "%s (%,d hits) %.1f ms", entry.getKey(),
                        entry.getValue().result().path("total").asLong(), entry.getValue().millis()))
                .collect(Collectors.joining(", ")));
        List<Long> totals = timed.values().stream().map(answer -> answer.result().path("total").asLong()).sorted().toList();
        print("  hits per query: median %,d, most %,d; %d queries found nothing", totals.get(totals.size() / 2),
                totals.getLast(), totals.stream().filter(total -> total == 0).count());
        return timed;
    }

    /** The first timed queries again, of PostgreSQL ILIKE on the title and HTML of every post. */
    private void measureIlike(BenchmarkQueries queries, Map<String, Timed> timed) {
        queries.warmUpNouns().stream().limit(3).forEach(this::ilike);
        List<String> asked = new ArrayList<>(timed.keySet()).subList(0, Math.min(ILIKE_QUERIES, timed.size()));
        List<Double> ilikeMillis = new ArrayList<>();
        for (String query : asked) {
            long start = System.nanoTime();
            ilike(query);
            ilikeMillis.add((System.nanoTime() - start) / 1e6);
        }
        List<Double> searchMillis = asked.stream().map(query -> timed.get(query).millis()).toList();
        double ilikeP50 = Stats.percentile(ilikeMillis, 50);
        double ilikeP95 = Stats.percentile(ilikeMillis, 95);
        double searchP50 = Stats.percentile(searchMillis, 50);
        double searchP95 = Stats.percentile(searchMillis, 95);
        figure("PostgreSQL ILIKE on title and HTML with the same filters (count + newest 10), the first %d timed queries"
                        + " once each: p50 %.1f ms, p95 %.1f ms; /api/search on the same %d: p50 %.1f ms, p95 %.1f ms"
                        + " (%.0fx faster at p50, %.0fx at p95)", asked.size(), ilikeP50, ilikeP95, asked.size(),
                searchP50, searchP95, ilikeP50 / searchP50, ilikeP95 / searchP95);
    }

    private void ilike(String query) {
        StringBuilder where = new StringBuilder("p.trashed_at is null and p.visibility = 'PUBLIC'"
                + " and (p.status = 'PUBLISHED' or (p.status = 'SCHEDULED' and p.published_at <= now()))");
        List<Object> args = new ArrayList<>();
        for (String word : query.split(" ")) {
            where.append(" and (p.title ilike ? or p.content_html ilike ?)");
            args.add("%" + word + "%");
            args.add("%" + word + "%");
        }
        jdbc.queryForObject("select count(*) from post p where " + where, Long.class, args.toArray());
        jdbc.queryForList("select p.id, p.title from post p where " + where + " order by p.published_at desc limit 10",
                args.toArray());
    }

    /**
     * Precision at the top, from the timed answers themselves: a noun's hits hold it, a pair's hits hold both. A hit
     * lacking the noun as typed may still hold what nori reads it as, and so what the search looks for besides the
     * word itself: its stem (생각 for 생각들) or its parts as separate words (마음 정리 for 마음정리); those that hold
     * neither are listed.
     */
    private void topHitsHoldTheirWords(BenchmarkQueries queries, Map<String, Timed> timed) {
        KoreanAnalyzer nori = new KoreanAnalyzer(KoreanUserDictionary.load(null));
        long shown = 0;
        long lacking = 0;
        long holdingTheReading = 0;
        List<String> holdingNeither = new ArrayList<>();
        for (String noun : queries.nouns()) {
            List<String> meant = new ArrayList<>(List.of(noun));
            meant.addAll(synonyms.alternativesOf(noun));
            List<String> reading = nori.readsAsWritten(noun) ? nori.terms(noun) : List.of();
            for (JsonNode hit : timed.get(noun).result().path("hits")) {
                shown++;
                String text = textOfPost.get(hit.path("id").asLong());
                if (meant.stream().noneMatch(text::contains)) {
                    lacking++;
                    if (!reading.isEmpty() && reading.stream().allMatch(text::contains)) {
                        holdingTheReading++;
                    } else {
                        holdingNeither.add(noun + " (post " + hit.path("id").asLong() + ")");
                    }
                }
            }
        }
        figure("single nouns (%d): %.2f%% of their top %d hits hold the noun (or a synonym of it); %d of %,d lack it,"
                        + " of which %d hold what nori reads the noun as (its stem, or its parts as separate words) and"
                        + " %d neither", queries.nouns().size(), 100.0 * (shown - lacking) / shown, TOP_HITS, lacking,
                shown, holdingTheReading, holdingNeither.size());
        print("  holding neither: %s", String.join(", ", holdingNeither.subList(0, Math.min(20, holdingNeither.size()))));
        long pairHits = 0;
        long holdingBoth = 0;
        long holdingBothReadings = 0;
        List<String> others = new ArrayList<>();
        for (String pair : queries.pairs()) {
            String[] words = pair.split(" ");
            for (JsonNode hit : timed.get(pair).result().path("hits")) {
                pairHits++;
                String text = textOfPost.get(hit.path("id").asLong());
                if (text.contains(words[0]) && text.contains(words[1])) {
                    holdingBoth++;
                } else if (holdsAsRead(nori, words[0], text) && holdsAsRead(nori, words[1], text)) {
                    holdingBothReadings++;
                } else {
                    others.add(pair + " (post " + hit.path("id").asLong() + ", " + timed.get(pair).result()
                            .path("total").asLong() + " hits)");
                }
            }
        }
        figure("two-word queries (%d pairs of nouns from the same row of the corpus): %.2f%% of their top %d hits hold"
                        + " both words (%,d of %,d); %d more hold both as nori reads them, %d hold one (only where no"
                        + " post holds both does search offer posts holding some words)", queries.pairs().size(),
                100.0 * holdingBoth / pairHits, TOP_HITS, holdingBoth, pairHits, holdingBothReadings, others.size());
        print("  holding one: %s", String.join(", ", others.subList(0, Math.min(20, others.size()))));
    }

    /** Whether the text holds the word, or every term nori reads it as (when the reading keeps to the word). */
    private static boolean holdsAsRead(KoreanAnalyzer nori, String word, String text) {
        if (text.contains(word)) {
            return true;
        }
        List<String> reading = nori.readsAsWritten(word) ? nori.terms(word) : List.of();
        return !reading.isEmpty() && reading.stream().allMatch(text::contains);
    }

    /**
     * Nouns the vocabulary knows, typed as readers slip: one jamo off (a word the blog does not hold), with the keyboard
     * in English mode, as initial consonants; a hit when the first result is the noun's own first result.
     */
    private void measureForgiving(List<String> candidates) {
        long start = System.nanoTime();
        vocabulary.rebuild();
        figure("search vocabulary from the database: %,d words in %.1f s", vocabulary.current().size(), seconds(start));
        List<String> nouns = candidates.stream().filter(noun -> vocabulary.current().knows(noun)).toList();
        Map<String, Long> firstOf = new HashMap<>();
        for (String noun : nouns) {
            JsonNode hits = search(noun, 1, 1).path("hits");
            firstOf.put(noun, hits.isEmpty() ? -1 : hits.get(0).path("id").asLong());
        }
        Random random = new Random(SEED);
        Map<String, Function<String, String>> kinds = new LinkedHashMap<>();
        kinds.put("one jamo off", noun -> {
            List<String> typos = Jamo.oneLetterAway(noun).stream().filter(typo -> !vocabulary.current().knows(typo))
                    .sorted().toList();
            return typos.isEmpty() ? null : typos.get(random.nextInt(typos.size()));
        });
        kinds.put("keyboard in English mode", HangulKeyboard::toLatin);
        kinds.put("initial consonants", Jamo::initials);
        for (var kind : kinds.entrySet()) {
            int first = 0;
            int asked = 0;
            List<String> missed = new ArrayList<>();
            for (String noun : nouns) {
                String typed = kind.getValue().apply(noun);
                if (typed == null) {
                    continue;
                }
                asked++;
                JsonNode result = search(typed, 1, 1);
                JsonNode hits = result.path("hits");
                if (!hits.isEmpty() && hits.get(0).path("id").asLong() == firstOf.get(noun)) {
                    first++;
                } else if (missed.size() < 12) {
                    missed.add(noun + ":" + typed + "→" + result.path("suggestion").asString(""));
                }
            }
            figure("%s, %d nouns of the vocabulary: the noun's own first post first for %d of %d (%.0f%%); missed"
                    + " (first 12): %s", kind.getKey(), asked, first, asked, 100.0 * first / asked, missed);
        }
        long rewritten = nouns.stream().filter(noun -> search(noun, 1, 1).path("suggestion").isString()).count();
        figure("queries as typed that found their noun and were rewritten anyway: %d of %d", rewritten, nouns.size());
        print("synonyms: 남친 finds %,d posts, 남자친구 %,d; 카톡 %,d, 카카오톡 %,d", search("남친", 1, 1).path("total").asLong(),
                search("남자친구", 1, 1).path("total").asLong(), search("카톡", 1, 1).path("total").asLong(),
                search("카카오톡", 1, 1).path("total").asLong());
    }

    /** What the search box asks while nouns are typed key by key (남, 남ㅈ, 남자…), each distinct prefix once. */
    private void measureSuggestions(BenchmarkQueries queries) {
        Set<String> warmUp = typed(queries.warmUpNouns());
        warmUp.forEach(this::suggestions);
        Set<String> typing = typed(queries.typing());
        typing.removeAll(warmUp);
        List<Double> millis = new ArrayList<>();
        int empty = 0;
        for (String typed : typing) {
            long start = System.nanoTime();
            JsonNode answer = suggestions(typed);
            millis.add((System.nanoTime() - start) / 1e6);
            empty += answer.path("suggestions").isEmpty() ? 1 : 0;
        }
        figure("GET /api/search/suggestions while typing %d nouns key by key (%d distinct prefixes, each once, 8"
                        + " suggestions each, after %d others): p50 %.2f ms, p95 %.2f ms, max %.1f ms; %d answers empty",
                queries.typing().size(), typing.size(), warmUp.size(), Stats.percentile(millis, 50),
                Stats.percentile(millis, 95), Stats.percentile(millis, 100), empty);
        print("  e.g. 회ㅅ → %s; ㄴㅈ → %s", suggestions("회ㅅ").path("suggestions").valueStream()
                .map(s -> s.path("text").asString()).toList(), suggestions("ㄴㅈ").path("suggestions").valueStream()
                .map(s -> s.path("text").asString()).toList());
    }

    private static Set<String> typed(List<String> nouns) {
        Set<String> typing = new LinkedHashSet<>();
        for (String noun : nouns) {
            String keys = Jamo.keystrokes(noun);
            for (int length = 1; length <= keys.length(); length++) {
                typing.add(HangulKeyboard.compose(keys.substring(0, length)));
            }
        }
        return typing;
    }

    private JsonNode suggestions(String typed) {
        return get(uri("/api/search/suggestions?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)));
    }

    JsonNode search(String query, int page, int size) {
        return get(uri("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + page
                + "&size=" + size));
    }

    private JsonNode get(URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The server's WAL written and flushed so far (PostgreSQL 14 and later), or nothing when it cannot tell. */
    private Map<String, Long> wal() {
        try {
            return jdbc.queryForObject("select wal_bytes::bigint, wal_sync from pg_stat_wal", (row, n) -> Map.of(
                    "bytes", row.getLong(1), "syncs", row.getLong(2)));
        } catch (org.springframework.dao.DataAccessException e) {
            return Map.of();
        }
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** A figure, with what it was measured on beside it. */
    private void figure(String format, Object... args) {
        line(String.format(Locale.ROOT, format, args) + measuredOn);
    }

    private void print(String format, Object... args) {
        line(String.format(Locale.ROOT, format, args));
    }

    private void line(String line) {
        report.append(line).append('\n');
        System.out.println("[benchmark] " + line);
    }

    /** Percentiles of measured times. */
    static final class Stats {

        private Stats() {
        }

        static double percentile(List<Double> values, int percentile) {
            if (values.isEmpty()) {
                return Double.NaN;
            }
            List<Double> sorted = new ArrayList<>(values);
            sorted.sort(Double::compare);
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
        }
    }
}
