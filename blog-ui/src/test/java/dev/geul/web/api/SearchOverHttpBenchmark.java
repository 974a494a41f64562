package dev.geul.web.api;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
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

import dev.geul.account.BlogUser;
import dev.geul.search.analysis.HangulKeyboard;
import dev.geul.search.analysis.Jamo;
import dev.geul.search.synonym.SynonymService;
import dev.geul.search.words.BlogVocabulary;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.SharedData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: a harness that prints figures (no timing assertions). Run it alone with the {@code benchmark}
 * profile: {@code ./geul mvn -B -pl blog-ui -am verify -Pbenchmark -Dit.test=SearchOverHttpBenchmark}; add
 * {@code -Dbenchmark.copies=1} for a quick run.
 *
 * <p>Turns shared/data/korean-chatbot-qa.csv, {@code benchmark.copies} times over (8: 94,584 posts; title = Q,
 * text = {@code <p>Q</p><p>A</p>}), into a WordPress export and brings it in as a migrating blogger would, with
 * {@code POST /api/import/wxr}: the import service sanitizes, gives slugs, stores and indexes (on each commit,
 * synchronously) every post. Then it rebuilds the index ({@code POST /api/admin/reindex}), asks
 * {@code GET /api/search} what readers would ask, compares the latency with PostgreSQL {@code ILIKE} on the same
 * rows, and measures recall and precision by paging through every hit of each query.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true",
        // what a running blog uses: the request that saved a post returns once its index changes are written
        "geul.search.indexing-synchronization=write-sync",
        "logging.level.org.hibernate.search=WARN"})
class SearchOverHttpBenchmark {

    /** Common nouns of the corpus (daily life, love, break-ups), one-syllable ones included. */
    static final List<String> NOUNS = List.of("회사", "사랑", "친구", "남자친구", "여자친구", "연애", "결혼", "이별", "학교",
            "공부", "시간", "마음", "운동", "다이어트", "커피", "여행", "선물", "생각", "사람", "연락", "카톡", "고백",
            "짝사랑", "데이트", "엄마", "가족", "직장", "월급", "주말", "영화", "취업", "시험", "감정", "기억", "추억",
            "눈물", "행복", "스트레스", "꿈", "술", "돈", "집", "밥", "잠");
    static final int TOP_HITS = 10;
    static final int PAGE_SIZE = 50;
    static final int ROUNDS = 5;
    static final DateTimeFormatter WXR_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BlogVocabulary vocabulary;
    @Autowired
    SynonymService synonyms;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StringBuilder report = new StringBuilder();
    private final Map<Long, String> textOfPost = new HashMap<>();
    private final List<Double> pageMillis = new ArrayList<>();
    private String adminAuthorization;

    @Test
    void run() throws Exception {
        int copies = Integer.getInteger("benchmark.copies", 8);
        fixtures.resetDatabase();
        BlogUser admin = fixtures.admin();
        adminAuthorization = "Basic " + Base64.getEncoder().encodeToString(
                (admin.username() + ":" + BlogFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        List<CSVRecord> rows = corpus();
        Runtime runtime = Runtime.getRuntime();
        print("geul search over HTTP: %d rows x %d copies = %d posts; %d cores, %s %s, max heap %d MB", rows.size(),
                copies, rows.size() * copies, runtime.availableProcessors(), System.getProperty("java.vm.name"),
                Runtime.version(), runtime.maxMemory() >> 20);

        // 1. import: the archive through the API and the import service, every post indexed as it is stored
        Path wxr = Files.createTempFile("geul-benchmark", ".xml");
        try {
            writeArchive(rows, copies, wxr);
            long start = System.nanoTime();
            HttpResponse<String> imported = http.send(HttpRequest.newBuilder(uri("/api/import/wxr"))
                    .header("Authorization", adminAuthorization).header("Content-Type", "application/xml")
                    .timeout(Duration.ofHours(1)).POST(HttpRequest.BodyPublishers.ofFile(wxr)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double seconds = seconds(start);
            JsonNode importReport = JSON.readTree(imported.body());
            long posts = importReport.path("posts").asLong();
            print("import + indexing: POST /api/import/wxr of a %d MB export: %d posts in %.1f s = %.0f posts/s"
                    + " (HTTP %d, %d left out)", Files.size(wxr) >> 20, posts, seconds, posts / seconds,
                    imported.statusCode(), importReport.path("skipped").size());
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
        print("mass indexing: POST /api/admin/reindex: %d posts in %.1f s = %.0f posts/s (HTTP %d)", reindexedPosts,
                reindexSeconds, reindexedPosts / reindexSeconds, reindexed.statusCode());

        jdbc.queryForList("select id, title, content_html from post").forEach(row -> textOfPost.put(
                ((Number) row.get("id")).longValue(), row.get("title") + " " + Jsoup.parse((String) row.get("content_html")).text()));
        jdbc.execute("analyze post");

        // 3. latency of what a reader's search costs, against ILIKE
        List<String> pairs = twoWordQueries(rows, 30);
        List<String> queries = new ArrayList<>(NOUNS);
        queries.addAll(pairs);
        measureLatency(queries);

        // 4. quality, paging through every hit
        measureNouns();
        measurePairs(pairs);
        print("paging through every hit, %d per page: %d requests, p50 %.1f ms, p95 %.1f ms, max %.1f ms", PAGE_SIZE,
                pageMillis.size(), percentile(pageMillis, 50), percentile(pageMillis, 95), percentile(pageMillis, 100));

        // 5. search that forgives: typos, the keyboard in English mode, initials, synonyms; suggestions as one types
        measureForgiving();
        measureSuggestions();

        Path file = Path.of("target", "search-benchmark-report.txt");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("\n" + report + "(also in " + file.toAbsolutePath() + ")");
    }

    /**
     * Each listed noun of two syllables or more typed as readers slip: one jamo off (a word the blog does not hold),
     * with the keyboard in English mode, as initial consonants; a hit when the first result holds the noun.
     */
    private void measureForgiving() {
        long start = System.nanoTime();
        vocabulary.rebuild();
        print("search vocabulary from the database: %d words in %.1f s", vocabulary.current().size(), seconds(start));
        Random random = new Random(7);
        Map<String, Function<String, String>> kinds = new LinkedHashMap<>();
        kinds.put("one jamo off", noun -> {
            List<String> typos = Jamo.oneLetterAway(noun).stream().filter(typo -> !vocabulary.current().knows(typo))
                    .sorted().toList();
            return typos.get(random.nextInt(typos.size()));
        });
        kinds.put("keyboard in English mode", HangulKeyboard::toLatin);
        kinds.put("initial consonants", Jamo::initials);
        List<String> nouns = NOUNS.stream().filter(noun -> noun.length() >= 2).toList();
        for (var kind : kinds.entrySet()) {
            int first = 0;
            List<String> missed = new ArrayList<>();
            for (String noun : nouns) {
                String typed = kind.getValue().apply(noun);
                JsonNode result = search(typed, 1, TOP_HITS);
                JsonNode hits = result.path("hits");
                if (!hits.isEmpty() && textOfPost.get(hits.get(0).path("id").asLong()).contains(noun)) {
                    first++;
                } else {
                    missed.add(typed + "→" + result.path("suggestion").asString(""));
                }
            }
            print("%s: the noun's posts first for %d of %d (%.0f%%); missed: %s", kind.getKey(), first, nouns.size(),
                    100.0 * first / nouns.size(), missed);
        }
        long rewritten = nouns.stream().filter(noun -> search(noun, 1, TOP_HITS).path("suggestion").isString()).count();
        print("queries as typed that found their noun and were rewritten anyway: %d of %d", rewritten, nouns.size());
        print("synonyms: 남친 finds %d posts, 남자친구 %d; 카톡 %d, 카카오톡 %d", search("남친", 1, 1).path("total").asLong(),
                search("남자친구", 1, 1).path("total").asLong(), search("카톡", 1, 1).path("total").asLong(),
                search("카카오톡", 1, 1).path("total").asLong());
    }

    /** What the search box asks while each noun is typed key by key, as an input method shows it (남, 남ㅈ, 남자…). */
    private void measureSuggestions() {
        List<String> typing = new ArrayList<>();
        for (String noun : NOUNS) {
            String keys = Jamo.keystrokes(noun);
            for (int length = 1; length <= keys.length(); length++) {
                typing.add(HangulKeyboard.compose(keys.substring(0, length)));
            }
        }
        typing.forEach(this::suggestions);
        List<Double> millis = new ArrayList<>();
        int empty = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String typed : typing) {
                long start = System.nanoTime();
                JsonNode answer = suggestions(typed);
                millis.add((System.nanoTime() - start) / 1e6);
                empty += answer.path("suggestions").isEmpty() ? 1 : 0;
            }
        }
        print("GET /api/search/suggestions while typing %d nouns key by key (%d requests x %d rounds, 8 each):"
                + " p50 %.2f ms, p95 %.2f ms, max %.1f ms; %d answers empty", NOUNS.size(), typing.size(), ROUNDS,
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 100), empty / ROUNDS);
        print("  e.g. 회ㅅ → %s; ㄴㅈ → %s", suggestions("회ㅅ").path("suggestions").valueStream()
                .map(s -> s.path("text").asString()).toList(), suggestions("ㄴㅈ").path("suggestions").valueStream()
                .map(s -> s.path("text").asString()).toList());
    }

    private JsonNode suggestions(String typed) {
        URI uri = uri("/api/search/suggestions?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<CSVRecord> corpus() throws IOException {
        try (Reader csv = new StringReader(SharedData.read("korean-chatbot-qa.csv"))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv).getRecords();
        }
    }

    /** A WordPress export (WXR 1.2) of the corpus: one published post per row and copy, half an hour apart. */
    static void writeArchive(List<CSVRecord> rows, int copies, Path file) throws IOException {
        Instant first = Instant.parse("2019-01-01T00:00:00Z");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel><title>질문과 답</title><link>https://qa.example.kr</link><wp:wxr_version>1.2</wp:wxr_version>
                    <wp:author><wp:author_login>benchmark</wp:author_login></wp:author>
                    """);
            int n = 0;
            for (int copy = 0; copy < copies; copy++) {
                for (int row = 0; row < rows.size(); row++) {
                    n++;
                    String question = rows.get(row).get("Q");
                    String answer = rows.get(row).get("A");
                    out.write("<item><title>" + Entities.escape(question) + "</title><dc:creator>benchmark</dc:creator>"
                            + "<content:encoded>" + cdata("<p>" + Entities.escape(question) + "</p><p>"
                            + Entities.escape(answer) + "</p>") + "</content:encoded>"
                            + "<wp:post_id>" + n + "</wp:post_id>"
                            + "<wp:post_date_gmt>" + WXR_DATE.format(first.plus(Duration.ofMinutes(30L * n)))
                            + "</wp:post_date_gmt><wp:post_name>qa-" + row + "-" + copy + "</wp:post_name>"
                            + "<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>\n");
                }
            }
            out.write("</channel></rss>\n");
        }
    }

    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private void measureLatency(List<String> queries) {
        for (String query : queries) {
            search(query, 1, TOP_HITS);
        }
        List<Double> searchMillis = new ArrayList<>();
        Map<String, List<Double>> millisOfQuery = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String query : queries) {
                long start = System.nanoTime();
                JsonNode result = search(query, 1, TOP_HITS);
                double millis = (System.nanoTime() - start) / 1e6;
                searchMillis.add(millis);
                millisOfQuery.computeIfAbsent(query + " (" + result.path("total").asLong() + " hits)",
                        key -> new ArrayList<>()).add(millis);
            }
        }
        for (String query : queries) {
            ilike(query);
        }
        List<Double> ilikeMillis = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String query : queries) {
                long start = System.nanoTime();
                ilike(query);
                ilikeMillis.add((System.nanoTime() - start) / 1e6);
            }
        }
        double searchP50 = percentile(searchMillis, 50);
        double searchP95 = percentile(searchMillis, 95);
        double ilikeP50 = percentile(ilikeMillis, 50);
        double ilikeP95 = percentile(ilikeMillis, 95);
        print("GET /api/search over %d queries x %d rounds (%d nouns, %d two-word; total, %d hits with snippets,"
                        + " facets, comment counts, as JSON): p50 %.1f ms, p95 %.1f ms, max %.1f ms", queries.size(),
                ROUNDS, NOUNS.size(), queries.size() - NOUNS.size(), TOP_HITS, searchP50, searchP95,
                percentile(searchMillis, 100));
        print("  slowest queries by median: %s", millisOfQuery.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparingDouble((List<Double> millis) -> -percentile(millis, 50))))
                .limit(6).map(entry -> String.format(Locale.ROOT, "%s %.1f ms", entry.getKey(), percentile(entry.getValue(), 50)))
                .collect(Collectors.joining(", ")));
        print("PostgreSQL ILIKE on title and HTML with the same filters (count + newest 10): p50 %.1f ms, p95 %.1f ms",
                ilikeP50, ilikeP95);
        print("search over HTTP is %.0fx faster than ILIKE at p50, %.0fx at p95", ilikeP50 / searchP50,
                ilikeP95 / searchP95);
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

    private void measureNouns() {
        long relevantTotal = 0;
        long foundRelevant = 0;
        long returned = 0;
        long lacking = 0;
        long notStartingAWord = 0;
        double worstRecall = 2;
        String worstNoun = "";
        for (String noun : NOUNS) {
            // a synonym an admin made (남친 for 남자친구) is what the reader asked for too
            List<String> meant = new ArrayList<>(List.of(noun));
            meant.addAll(synonyms.alternativesOf(noun));
            Set<Long> relevant = new LinkedHashSet<>();
            textOfPost.forEach((id, text) -> {
                if (meant.stream().anyMatch(word -> hasWordStartingWith(text, word))) {
                    relevant.add(id);
                }
            });
            List<Long> found = everyHit(noun);
            long hit = found.stream().filter(relevant::contains).count();
            relevantTotal += relevant.size();
            foundRelevant += hit;
            returned += found.size();
            lacking += found.stream().filter(id -> meant.stream().noneMatch(textOfPost.get(id)::contains)).count();
            notStartingAWord += found.stream().filter(id -> !relevant.contains(id)).count();
            double recall = relevant.isEmpty() ? 1 : (double) hit / relevant.size();
            if (recall < worstRecall) {
                worstRecall = recall;
                worstNoun = noun;
            }
        }
        print("single nouns (%d, e.g. 회사 사랑 꿈 술), every hit paged through /api/search: recall %.4f (lowest %.4f for"
                        + " %s) over %d relevant posts (relevant: a word starts with the noun or a synonym of it)", NOUNS.size(),
                (double) foundRelevant / relevantTotal, worstRecall, worstNoun, relevantTotal);
        print("  returned %d posts; lacking the noun (or its synonyms) anywhere: %d (%.3f%%); noun only inside a word (e.g. 짝사랑 for 사랑):"
                        + " %d (%.2f%%)", returned, lacking, 100.0 * lacking / returned, notStartingAWord,
                100.0 * notStartingAWord / returned);
    }

    private void measurePairs(List<String> pairs) {
        long shown = 0;
        long holdingBoth = 0;
        for (String pair : pairs) {
            String[] words = pair.split(" ");
            for (JsonNode hit : search(pair, 1, TOP_HITS).path("hits")) {
                shown++;
                String text = textOfPost.get(hit.path("id").asLong());
                if (text.contains(words[0]) && text.contains(words[1])) {
                    holdingBoth++;
                }
            }
        }
        print("two-word queries (%d pairs of nouns from the same question or answer): %.2f%% of the top %d hits hold"
                + " both words (%d of %d)", pairs.size(), 100.0 * holdingBoth / shown, TOP_HITS, holdingBoth, shown);
    }

    /** Every post {@code /api/search} finds for the query, page after page. */
    private List<Long> everyHit(String query) {
        List<Long> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            long start = System.nanoTime();
            JsonNode result = search(query, page, PAGE_SIZE);
            pageMillis.add((System.nanoTime() - start) / 1e6);
            result.path("hits").forEach(hit -> ids.add(hit.path("id").asLong()));
            if (result.path("hits").isEmpty() || ids.size() >= result.path("total").asLong()) {
                return ids;
            }
        }
    }

    private JsonNode search(String query, int page, int size) {
        URI uri = uri("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + page + "&size=" + size);
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

    /** Pairs of listed nouns that start words of the same row, spread over the corpus. */
    private static List<String> twoWordQueries(List<CSVRecord> rows, int wanted) {
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i < rows.size() && pairs.size() < wanted; i += 7) {
            String text = rows.get(i).get("Q") + " " + rows.get(i).get("A");
            List<String> present = NOUNS.stream().filter(noun -> noun.length() > 1 && hasWordStartingWith(text, noun))
                    .toList();
            if (present.size() >= 2 && !present.get(0).contains(present.get(1))
                    && !present.get(1).contains(present.get(0))) {
                pairs.add(present.get(0) + " " + present.get(1));
            }
        }
        return new ArrayList<>(pairs);
    }

    static boolean hasWordStartingWith(String text, String noun) {
        for (String word : text.split("\\s+")) {
            if (word.replaceFirst("^[^\\p{L}\\p{N}]+", "").startsWith(noun)) {
                return true;
            }
        }
        return false;
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private void print(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        report.append(line).append('\n');
        System.out.println("[benchmark] " + line);
    }
}
