package dev.geul.ui.media;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;

import dev.geul.web.RunningBlog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Media kept in the database reach readers a slice at a time: a large file never sits whole in the server's memory,
 * a resumed download gets only the bytes it lacks, and a flood of readers is told to come back instead of taking
 * every connection.
 */
@TestPropertySource(properties = {"geul.media.storage=database", "geul.media.concurrent-reads=1"})
class MediaControllerIT extends RunningBlog {

    static final int LARGE = 20 * 1024 * 1024;
    static final String LARGE_PATH = "2026/03/0123456789abcdef0123456789abcdef.zip";
    static final String SMALL_PATH = "2026/03/fedcba9876543210fedcba9876543210.png";
    static final OffsetDateTime STORED = OffsetDateTime.of(2026, 3, 5, 9, 30, 0, 0, ZoneOffset.UTC);

    @Autowired
    JdbcTemplate jdbc;

    byte[] largeDigest;
    byte[] small;

    @BeforeEach
    void storeFiles() throws Exception {
        jdbc.update("delete from media_file");
        byte[] large = new byte[LARGE];
        new Random(20).nextBytes(large);
        largeDigest = MessageDigest.getInstance("SHA-256").digest(large);
        store(LARGE_PATH, large);
        small = new byte[5000];
        new Random(5).nextBytes(small);
        store(SMALL_PATH, small);
    }

    @Test
    void a_20_mb_file_is_served_without_holding_it_in_memory() throws Exception {
        long before = usedHeapAfterGc();
        HttpResponse<InputStream> response = open(LARGE_PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(LARGE);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream body = response.body()) {
            digest.update(body.readNBytes(LARGE / 2));
            long halfway = usedHeapAfterGc();
            digest.update(body.readAllBytes());

            assertThat(halfway - before).as("memory held while half of the file is on its way")
                    .isLessThan(LARGE / 4);
        }
        assertThat(digest.digest()).as("every byte arrives, in order").isEqualTo(largeDigest);
    }

    @Test
    void a_range_is_served_alone_and_an_unchanged_file_is_not_sent_again() throws Exception {
        HttpResponse<byte[]> part = http.send(HttpRequest.newBuilder(uri("/media/" + SMALL_PATH))
                .header("Range", "bytes=1000-1999").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/5000");
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(small, 1000, 2000));

        HttpResponse<byte[]> tail = http.send(HttpRequest.newBuilder(uri("/media/" + LARGE_PATH))
                .header("Range", "bytes=-10").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).hasSize(10);

        HttpResponse<String> whole = get("/media/" + SMALL_PATH);
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.headers().firstValue("Last-Modified")).hasValue("Thu, 05 Mar 2026 09:30:00 GMT");
        String tag = whole.headers().firstValue("ETag").orElseThrow();
        assertThat(send(HttpRequest.newBuilder(uri("/media/" + SMALL_PATH)).header("If-None-Match", tag))
                .statusCode()).isEqualTo(304);
        assertThat(send(HttpRequest.newBuilder(uri("/media/" + SMALL_PATH))
                .header("If-Modified-Since", "Thu, 05 Mar 2026 09:30:00 GMT")).statusCode()).isEqualTo(304);
        assertThat(send(HttpRequest.newBuilder(uri("/media/" + SMALL_PATH)).header("Range", "bytes=6000-"))
                .statusCode()).isEqualTo(416);
        assertThat(send(HttpRequest.newBuilder(uri("/media/" + SMALL_PATH)).header("Range", "bytes=0-9")
                .header("If-Range", "\"another-version\"")).statusCode()).as("another version: the whole file")
                .isEqualTo(200);
        assertThat(get("/media/2026/03/00000000000000000000000000000000.png").statusCode()).isEqualTo(404);
    }

    @Test
    void beyond_the_reads_allowed_at_once_a_reader_is_asked_to_come_back() throws Exception {
        HttpResponse<InputStream> slowReader = open(LARGE_PATH);
        assertThat(slowReader.statusCode()).isEqualTo(200);

        HttpResponse<String> next = get("/media/" + SMALL_PATH);
        assertThat(next.statusCode()).isEqualTo(503);
        assertThat(next.headers().firstValue("Retry-After")).hasValue("5");

        slowReader.body().close();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status;
        do {
            Thread.sleep(100);
            status = get("/media/" + SMALL_PATH).statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).as("the place is free again once the slow reader is gone").isEqualTo(200);
    }

    private void store(String path, byte[] content) {
        jdbc.update("insert into media_file (path, content, size, created_at) values (?, ?, ?, ?)", path, content,
                content.length, STORED);
    }

    private HttpResponse<InputStream> open(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/media/" + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
