package dev.geul.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.geul.account.BlogUser;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.post.Post;
import dev.geul.post.PostDraft;
import dev.geul.post.PostService;
import dev.geul.search.testing.Csv;
import dev.geul.search.testing.SearchFixtures;
import dev.geul.testing.SharedData;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.geul.testing.BlogFixtures.asGuest;

/**
 * Not a test: a harness that prints figures (no timing assertions). Run it alone with the {@code benchmark}
 * profile: {@code ./geul mvn -B -pl blog-search -am verify -Pbenchmark}.
 *
 * <p>Loads shared/data/korean-chatbot-qa.csv {@code benchmark.copies} times (8: about 95,000 posts; title = Q,
 * text = {@code <p>Q</p><p>A</p>}): the first copy through {@link PostService}, the others with batched INSERTs
 * (the services save a few hundred posts a second), then rebuilds the index with the mass indexer, measures
 * search latency against PostgreSQL ILIKE on the same data, and the quality of single-noun and two-word queries.
 */
@SpringBootTest(properties = {
        "geul.search.indexing-synchronization=write-sync",
        "spring.datasource.hikari.maximum-pool-size=8",
        "logging.level.org.hibernate.search=WARN"})
class SearchBenchmark {

    /** Common nouns of the corpus (daily life, love, break-ups), one-syllable ones included. */
    static final List<String> NOUNS = List.of("회사", "사랑", "친구", "남자친구", "여자친구", "연애", "결혼", "이별", "학교",
            "공부", "시간", "마음", "운동", "다이어트", "커피", "여행", "선물", "생각", "사람", "연락", "카톡", "고백",
            "짝사랑", "데이트", "엄마", "가족", "직장", "월급", "주말", "영화", "취업", "시험", "감정", "기억", "추억",
            "눈물", "행복", "스트레스", "꿈", "술", "돈", "집", "밥", "잠");
    static final int LIVE_INDEXED_POSTS = 1_000;
    static final int TOP_HITS = 10;
    static final int ROUNDS = 5;

    @Autowired
    PostService posts;
    @Autowired
    SearchService search;
    @Autowired
    SearchIndexAdmin indexAdmin;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    SearchFixtures searchFixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    HtmlSanitizer sanitizer;

    private final StringBuilder report = new StringBuilder();
    private final Map<Long, String> textOfPost = new HashMap<>();

    @Test
    void run() throws Exception {
        int copies = Integer.getInteger("benchmark.copies", 8);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        searchFixtures.reset();
        BlogUser author = fixtures.author("benchmark");
        List<List<String>> rows = Csv.parse(SharedData.read("korean-chatbot-qa.csv"));
        rows = rows.subList(1, rows.size());
        int total = rows.size() * copies;
        print("geul search benchmark: %d rows x %d copies = %d posts; %d cores, %s, max heap %d MB", rows.size(),
                copies, total, threads, System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20);

        // 1. the first copy through PostService.create + publish, as authors and importers save posts
        List<String[]> items = new ArrayList<>(total);
        for (int copy = 0; copy < copies; copy++) {
            for (int row = 0; row < rows.size(); row++) {
                items.add(new String[] {rows.get(row).get(0), rows.get(row).get(1), "qa-" + row + "-" + copy});
            }
        }
        int live = Math.min(LIVE_INDEXED_POSTS, rows.size());
        double liveRate = importPosts(author, items.subList(0, live), threads);
        print("PostService.create + publish, %d threads, each post indexed on save (write-sync): %.0f posts/s"
                + " (%d posts)", threads, liveRate, live);
        var mapping = Search.mapping(entityManagerFactory);
        mapping.indexingPlanFilter(filter -> filter.exclude(Post.class));
        double serviceRate = importPosts(author, items.subList(live, rows.size()), threads);
        print("PostService.create + publish, %d threads, indexing off: %.0f posts/s (%d posts)", threads,
                serviceRate, rows.size() - live);

        // 2. the other copies in bulk: batched INSERTs of what PostService would store
        long bulkStart = System.nanoTime();
        int bulk = bulkInsert(author, items.subList(rows.size(), total));
        double bulkSeconds = seconds(bulkStart);
        mapping.indexingPlanFilter(filter -> filter.include(Post.class));
        if (bulk > 0) {
            print("bulk load (JDBC batches of sanitized HTML, bypassing the services): %.0f posts/s (%d posts)",
                    bulk / bulkSeconds, bulk);
        }

        // 3. rebuild the whole index from the database (mass indexer)
        long indexStart = System.nanoTime();
        ReindexProgress done = indexAdmin.rebuild(null);
        double indexSeconds = seconds(indexStart);
        double indexRate = done.done() / indexSeconds;
        print("mass indexing (SearchIndexAdmin) of all %d posts: %.1f s, %.0f posts/s", done.done(), indexSeconds,
                indexRate);
        print("import + indexing: %.0f posts/s through PostService then mass indexing; %.0f posts/s bulk load then"
                + " mass indexing", 1 / (1 / serviceRate + 1 / indexRate),
                bulk > 0 ? 1 / (bulkSeconds / bulk + 1 / indexRate) : Double.NaN);

        jdbc.queryForList("select id, title, content_html from post").forEach(row -> textOfPost.put(
                ((Number) row.get("id")).longValue(), row.get("title") + " " + stripTags((String) row.get("content_html"))));
        jdbc.execute("analyze post");

        // 3. latency: the full service call (hits, highlights, facets, comment counts) against ILIKE
        List<String> queries = new ArrayList<>(NOUNS);
        List<String> pairs = twoWordQueries(rows, 30);
        queries.addAll(pairs);
        measureLatency(queries);

        // 4. quality
        measureNouns();
        measurePairs(pairs);

        Path file = Path.of("target", "benchmark-report.txt");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("\n" + report + "(also in " + file.toAbsolutePath() + ")");
    }

    private double importPosts(BlogUser author, List<String[]> items, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    BlogFixtures.signInAs(author);
                    try {
                        for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                            String[] item = items.get(i);
                            String html = "<p>" + SearchService.escape(item[0]) + "</p><p>" + SearchService.escape(item[1]) + "</p>";
                            long id = posts.create(PostDraft.of(item[0], html).withSlug(item[2])).id();
                            synchronized (clock) {
                                // spread the posts over a few years so that dates and year facets vary
                                clock.advance(Duration.ofMinutes(30));
                            }
                            posts.publish(id);
                        }
                    } finally {
                        BlogFixtures.signOut();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        return items.size() / seconds(start);
    }

    private int bulkInsert(BlogUser author, List<String[]> items) {
        int batchSize = 1_000;
        for (int from = 0; from < items.size(); from += batchSize) {
            List<Object[]> batch = new ArrayList<>(batchSize);
            for (String[] item : items.subList(from, Math.min(from + batchSize, items.size()))) {
                clock.advance(Duration.ofMinutes(30));
                java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
                String html = sanitizer.sanitizePostHtml("<p>" + SearchService.escape(item[0]) + "</p><p>"
                        + SearchService.escape(item[1]) + "</p>");
                batch.add(new Object[] {sanitizer.toPlainText(item[0]), item[2], html, now, now, now,
                        author.accountId()});
            }
            jdbc.batchUpdate("insert into post (kind, title, slug, content_html, status, visibility, published_at,"
                    + " created_at, updated_at, author_id, sticky, comments_open, version)"
                    + " values ('POST', ?, ?, ?, 'PUBLISHED', 'PUBLIC', ?, ?, ?, ?, false, true, 0)", batch);
        }
        return items.size();
    }

    private void measureLatency(List<String> queries) {
        for (String query : queries) {
            asGuest(() -> search.search(SearchQuery.of(query)));
        }
        List<Double> searchMillis = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String query : queries) {
                long start = System.nanoTime();
                asGuest(() -> search.search(SearchQuery.of(query)));
                searchMillis.add((System.nanoTime() - start) / 1e6);
            }
        }
        List<Double> ilikeMillis = new ArrayList<>();
        for (String query : queries) {
            ilike(query);
        }
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
        print("search latency over %d queries x %d rounds (SearchService.search: total, 10 hits with snippets, facets,"
                + " comment counts): p50 %.1f ms, p95 %.1f ms, max %.1f ms", queries.size(), ROUNDS, searchP50,
                searchP95, percentile(searchMillis, 100));
        print("PostgreSQL ILIKE on title and HTML, same filters (count + newest 10): p50 %.1f ms, p95 %.1f ms",
                ilikeP50, ilikeP95);
        print("search is %.0fx faster than ILIKE at p50, %.0fx at p95", ilikeP50 / searchP50, ilikeP95 / searchP95);
    }

    private void ilike(String query) {
        List<String> words = Arrays.asList(query.split(" "));
        StringBuilder where = new StringBuilder("p.trashed_at is null and p.visibility = 'PUBLIC' and (p.status = 'PUBLISHED'"
                + " or (p.status = 'SCHEDULED' and p.published_at <= now()))");
        List<Object> args = new ArrayList<>();
        for (String word : words) {
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
            Set<Long> relevant = new LinkedHashSet<>();
            textOfPost.forEach((id, text) -> {
                if (hasWordStartingWith(text, noun)) {
                    relevant.add(id);
                }
            });
            List<Long> found = search.allReaderMatches(noun);
            long hit = found.stream().filter(relevant::contains).count();
            relevantTotal += relevant.size();
            foundRelevant += hit;
            returned += found.size();
            lacking += found.stream().filter(id -> !textOfPost.get(id).contains(noun)).count();
            notStartingAWord += found.stream().filter(id -> !relevant.contains(id)).count();
            double recall = relevant.isEmpty() ? 1 : (double) hit / relevant.size();
            if (recall < worstRecall) {
                worstRecall = recall;
                worstNoun = noun;
            }
        }
        print("single nouns (%d, e.g. 회사 사랑 꿈 술): recall %.4f (lowest %.4f for %s) over %d relevant posts"
                        + " (relevant: a word starts with the noun)", NOUNS.size(), (double) foundRelevant / relevantTotal,
                worstRecall, worstNoun, relevantTotal);
        print("  returned %d posts; lacking the noun anywhere: %d (%.3f%%); noun only inside a word (e.g. 짝사랑 for 사랑):"
                        + " %d (%.2f%%)", returned, lacking, 100.0 * lacking / returned, notStartingAWord,
                100.0 * notStartingAWord / returned);
    }

    private void measurePairs(List<String> pairs) {
        long shown = 0;
        long holdingBoth = 0;
        for (String pair : pairs) {
            String[] words = pair.split(" ");
            for (SearchHit hit : asGuest(() -> search.search(SearchQuery.of(pair).page(0, TOP_HITS))).hits()) {
                shown++;
                String text = textOfPost.get(hit.id());
                if (text.contains(words[0]) && text.contains(words[1])) {
                    holdingBoth++;
                }
            }
        }
        print("two-word queries (%d pairs of nouns from the same question or answer): %.2f%% of the top %d hits hold"
                + " both words (%d of %d)", pairs.size(), 100.0 * holdingBoth / shown, TOP_HITS, holdingBoth, shown);
    }

    /** Pairs of listed nouns that start words of the same row, spread over the corpus. */
    private static List<String> twoWordQueries(List<List<String>> rows, int wanted) {
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i < rows.size() && pairs.size() < wanted; i += 7) {
            String text = rows.get(i).get(0) + " " + rows.get(i).get(1);
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

    private static String stripTags(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
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
