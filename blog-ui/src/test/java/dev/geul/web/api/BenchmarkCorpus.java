package dev.geul.web.api;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import dev.geul.testing.SharedData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Entities;

/**
 * The shared Korean corpus (korean-chatbot-qa.csv, 11,823 question/answer rows of about 28 characters) as the posts
 * of a blog, written as a WordPress export (WXR 1.2) for {@code POST /api/import/wxr}.
 */
final class BenchmarkCorpus {

    /** One row of the corpus; {@code label} 0 daily life, 1 break-up, 2 love. */
    record Row(String question, String answer, int label) {

        String sentence() {
            return question + " " + answer;
        }
    }

    /** A post as the archive carries it: a title and paragraphs of plain text. */
    record Post(String title, List<String> paragraphs) {

        /** What a reader reads: the title, then the paragraphs. */
        String text() {
            return title + "\n" + String.join("\n", paragraphs);
        }

        String html() {
            return paragraphs.stream().map(paragraph -> "<p>" + Entities.escape(paragraph) + "</p>")
                    .collect(Collectors.joining());
        }
    }

    /** How many paragraphs a post has, as the seed post does. */
    static final int PARAGRAPHS = 7;
    /** A post's rows come from its title's kind (daily life, break-up, love) this often, else from any row. */
    static final double SAME_LABEL = 0.8;
    private static final DateTimeFormatter WXR_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private BenchmarkCorpus() {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : records()) {
            rows.add(new Row(record.get("Q").strip(), record.get("A").strip(), Integer.parseInt(record.get("label").strip())));
        }
        return rows;
    }

    static List<CSVRecord> records() throws IOException {
        try (Reader csv = new StringReader(SharedData.read("korean-chatbot-qa.csv"))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv).getRecords();
        }
    }

    /**
     * {@code count} posts of about {@code length} characters each, the same for the same seed: a title from one
     * question, and paragraphs of question/answer rows drawn at random (none twice in a post), mostly of the title's
     * kind, so that no two posts are alike and a word is in some posts and not in others.
     */
    static List<Post> posts(List<Row> rows, int count, int length, long seed) {
        Random random = new Random(seed);
        Map<Integer, List<Row>> byLabel = rows.stream().collect(Collectors.groupingBy(Row::label));
        int paragraphLength = length / PARAGRAPHS;
        List<Post> posts = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Row titleRow = rows.get(random.nextInt(rows.size()));
            List<Row> sameKind = byLabel.get(titleRow.label());
            Set<Row> used = new HashSet<>();
            used.add(titleRow);
            List<String> paragraphs = new ArrayList<>();
            int written = titleRow.question().length();
            while (written < length) {
                StringBuilder paragraph = new StringBuilder();
                while (paragraph.length() < paragraphLength && written + paragraph.length() < length) {
                    List<Row> from = random.nextDouble() < SAME_LABEL ? sameKind : rows;
                    Row row = from.get(random.nextInt(from.size()));
                    if (used.add(row)) {
                        paragraph.append(paragraph.isEmpty() ? "" : " ").append(row.sentence());
                    }
                }
                paragraphs.add(paragraph.toString());
                written += paragraph.length() + 1;
            }
            posts.add(new Post(titleRow.question(), paragraphs));
        }
        return posts;
    }

    /** A WordPress export of the posts, all published, half an hour apart. */
    static void writeArchive(List<Post> posts, Path file) throws IOException {
        try (Writer out = open(file)) {
            for (int n = 0; n < posts.size(); n++) {
                Post post = posts.get(n);
                item(out, n + 1, post.title(), post.html(), "post-" + (n + 1));
            }
            close(out);
        }
    }

    /** A WordPress export of every row {@code copies} times over, one short post per row and copy. */
    static void writeCopies(List<CSVRecord> rows, int copies, Path file) throws IOException {
        try (Writer out = open(file)) {
            int n = 0;
            for (int copy = 0; copy < copies; copy++) {
                for (int row = 0; row < rows.size(); row++) {
                    n++;
                    String question = rows.get(row).get("Q");
                    String answer = rows.get(row).get("A");
                    item(out, n, question, "<p>" + Entities.escape(question) + "</p><p>" + Entities.escape(answer)
                            + "</p>", "qa-" + row + "-" + copy);
                }
            }
            close(out);
        }
    }

    private static Writer open(Path file) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>질문과 답</title><link>https://qa.example.kr</link><wp:wxr_version>1.2</wp:wxr_version>
                <wp:author><wp:author_login>benchmark</wp:author_login></wp:author>
                """);
        return out;
    }

    private static void item(Writer out, int n, String title, String html, String slug) throws IOException {
        Instant first = Instant.parse("2019-01-01T00:00:00Z");
        out.write("<item><title>" + Entities.escape(title) + "</title><dc:creator>benchmark</dc:creator>"
                + "<content:encoded>" + cdata(html) + "</content:encoded>"
                + "<wp:post_id>" + n + "</wp:post_id>"
                + "<wp:post_date_gmt>" + WXR_DATE.format(first.plus(Duration.ofMinutes(30L * n)))
                + "</wp:post_date_gmt><wp:post_name>" + slug + "</wp:post_name>"
                + "<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>\n");
    }

    private static void close(Writer out) throws IOException {
        out.write("</channel></rss>\n");
    }

    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
