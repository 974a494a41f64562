package dev.geul.reader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderCacheTest {

    @Test
    void a_crowd_asking_for_the_same_page_at_once_costs_one_load() throws Exception {
        ReaderCache cache = new ReaderCache(null, null, null, Duration.ofSeconds(2));
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> readers = new ArrayList<>();
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            readers.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(cache.get("feed", () -> {
                    loads.incrementAndGet();
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "첫 페이지";
                }));
            }));
        }

        start.countDown();
        for (Thread reader : readers) {
            reader.join();
        }

        assertThat(loads).hasValue(1);
        assertThat(seen).hasSize(8).containsOnly("첫 페이지");
    }

    @Test
    void without_a_time_to_keep_every_reader_loads_afresh() {
        ReaderCache cache = new ReaderCache(null, null, null, Duration.ZERO);
        AtomicInteger loads = new AtomicInteger();

        cache.get("feed", loads::incrementAndGet);
        cache.get("feed", loads::incrementAndGet);

        assertThat(loads).hasValue(2);
    }

    @Test
    void a_notice_of_changed_pages_forgets_what_was_kept() {
        ReaderCache cache = new ReaderCache(null, null, null, Duration.ofMinutes(10));
        assertThat(cache.get("feed", () -> "예전 목록")).isEqualTo("예전 목록");
        assertThat(cache.get("feed", () -> "새 목록")).isEqualTo("예전 목록");

        cache.readerPagesChanged(new dev.geul.site.ReaderPageNotices.Changed());

        assertThat(cache.get("feed", () -> "새 목록")).isEqualTo("새 목록");
    }
}
