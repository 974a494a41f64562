package dev.geul.media;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.geul.base.BlogProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediaDownloaderTest {

    static final byte[] PNG = dev.geul.testing.TistoryBackups.PNG;

    @TempDir
    Path dataDir;

    HttpServer oldSite;
    final Map<String, HttpHandler> pages = new ConcurrentHashMap<>();
    final List<String> hostHeaders = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startOldSite() throws IOException {
        oldSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        oldSite.setExecutor(Executors.newCachedThreadPool());
        oldSite.createContext("/", exchange -> {
            hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
            HttpHandler page = pages.get(exchange.getRequestURI().getPath());
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                page.handle(exchange);
            }
            exchange.close();
        });
        oldSite.start();
    }

    @AfterEach
    void stopOldSite() {
        oldSite.stop(0);
    }

    int port() {
        return oldSite.getAddress().getPort();
    }

    static HttpHandler serving(byte[] body) {
        return exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    static HttpHandler redirectingTo(String location) {
        return exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
        };
    }

    MediaStore media;

    @BeforeEach
    void openMedia() {
        media = new MediaStore(new BlogProperties(dataDir, null, null, null, null), Clock.systemUTC());
    }

    MediaDownloader downloader(boolean allowPrivateNetworks) {
        return downloader(allowPrivateNetworks, InetAddress::getAllByName, PublicAddresses::isGlobalUnicast,
                DataSize.ofMegabytes(100));
    }

    MediaDownloader downloader(boolean allowPrivateNetworks, MediaDownloader.HostResolver resolver,
                               MediaDownloader.AddressPolicy policy, DataSize importSize) {
        return new MediaDownloader(media, new MediaDownloader.Settings(true, allowPrivateNetworks,
                Duration.ofSeconds(2), Duration.ofMinutes(1), importSize), Clock.systemUTC(), resolver, policy);
    }

    /** A name server that answers these names with these addresses, and counts the questions. */
    static MediaDownloader.HostResolver names(Map<String, String> answers, AtomicInteger questions) {
        return host -> {
            questions.incrementAndGet();
            String answer = answers.get(host);
            if (answer == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[]{InetAddress.getByName(answer)};
        };
    }

    /** As the internet is, except that the test's own old site counts as a public one. */
    MediaDownloader.AddressPolicy publicAndTheOldSite() {
        return address -> address.getHostAddress().equals("127.0.0.1") || PublicAddresses.isGlobalUnicast(address);
    }

    @Test
    void an_import_may_not_make_the_server_fetch_from_its_own_networks() {
        for (String address : new String[]{"http://127.0.0.1:1/a.jpg", "http://localhost/a.jpg",
                "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/a.jpg", "http://192.168.1.1/a.jpg",
                "http://[::1]/a.jpg", "http://[::ffff:127.0.0.1]/a.jpg", "http://[::ffff:169.254.169.254]/latest/",
                "http://[::ffff:7f00:1]/a.jpg", "http://[::127.0.0.1]/a.jpg", "http://[64:ff9b::a9fe:a9fe]/latest/",
                "http://[64:ff9b::7f00:1]/a.jpg", "http://[2002:7f00:1::1]/a.jpg", "http://[fe80::1]/a.jpg",
                "http://0.0.0.0/a.jpg", "http://[::]/a.jpg"}) {
            assertThatThrownBy(() -> downloader(false).download(address, null)).as(address)
                    .isInstanceOf(MediaDownloader.DownloadFailedException.class)
                    .hasMessageContaining("private network");
        }
    }

    @Test
    void a_name_that_resolves_to_a_private_address_inside_ipv6_is_refused() {
        AtomicInteger questions = new AtomicInteger();
        MediaDownloader downloader = downloader(false, names(Map.of(
                "loop.example", "::ffff:127.0.0.1",
                "metadata.example", "::ffff:169.254.169.254",
                "nat64.example", "64:ff9b::a9fe:a9fe"), questions), PublicAddresses::isGlobalUnicast,
                DataSize.ofMegabytes(1));

        for (String host : List.of("loop.example", "metadata.example", "nat64.example")) {
            assertThatThrownBy(() -> downloader.download("http://" + host + ":" + port() + "/a.png", null)).as(host)
                    .isInstanceOf(MediaDownloader.DownloadFailedException.class)
                    .hasMessageContaining("private network");
        }
        assertThat(hostHeaders).as("nothing reached the server").isEmpty();
    }

    @Test
    void the_download_connects_to_the_address_that_was_checked_without_asking_the_name_again() throws Exception {
        pages.put("/a.png", serving(PNG));
        AtomicInteger questions = new AtomicInteger();
        // no name server outside this test knows the name: the file can only come through the checked address
        MediaDownloader downloader = downloader(false, names(Map.of("old-blog.test", "127.0.0.1"), questions),
                publicAndTheOldSite(), DataSize.ofMegabytes(1));

        StoredMedia stored = downloader.download("http://old-blog.test:" + port() + "/a.png", null);

        assertThat(media.find(stored.path()).orElseThrow().bytes()).isEqualTo(PNG);
        assertThat(questions).as("the name is looked up once").hasValue(1);
        assertThat(hostHeaders).containsExactly("old-blog.test:" + port());
    }

    @Test
    void a_redirect_to_a_private_address_is_refused() {
        pages.put("/moved.png", redirectingTo("http://[::ffff:169.254.169.254]/latest/meta-data/"));
        pages.put("/renamed.png", redirectingTo("http://metadata.test/latest/meta-data/"));
        MediaDownloader downloader = downloader(false, names(Map.of("old-blog.test", "127.0.0.1",
                "metadata.test", "169.254.169.254"), new AtomicInteger()), publicAndTheOldSite(),
                DataSize.ofMegabytes(1));

        for (String path : List.of("/moved.png", "/renamed.png")) {
            assertThatThrownBy(() -> downloader.download("http://old-blog.test:" + port() + path, null)).as(path)
                    .isInstanceOf(MediaDownloader.DownloadFailedException.class)
                    .hasMessageContaining("private network");
        }
    }

    @Test
    void a_malformed_location_fails_the_file_with_a_reason() {
        pages.put("/broken.png", redirectingTo("http://exa mple.com:port/%%zz"));

        assertThatThrownBy(() -> downloader(true).download("http://127.0.0.1:" + port() + "/broken.png", null))
                .isInstanceOf(MediaDownloader.DownloadFailedException.class)
                .hasMessageContaining("redirected to something that is not a web address");
    }

    @Test
    void a_server_that_sends_one_byte_a_second_is_cut_off_at_the_time_limit() {
        pages.put("/slow.png", exchange -> dripping(exchange, 120));
        long started = System.nanoTime();

        assertThatThrownBy(() -> downloader(true).download("http://127.0.0.1:" + port() + "/slow.png", null))
                .isInstanceOf(MediaDownloader.DownloadFailedException.class)
                .hasMessageContaining("took longer than 2 seconds");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void the_downloads_of_one_import_stop_when_their_bytes_are_spent() throws Exception {
        pages.put("/a.png", serving(PNG));
        byte[] large = java.util.Arrays.copyOf(PNG, 4096);
        pages.put("/large.png", serving(large));
        MediaDownloader downloader = downloader(true, InetAddress::getAllByName, address -> true,
                DataSize.ofBytes(PNG.length + 1000));
        DownloadBudget budget = downloader.budget();

        downloader.download("http://127.0.0.1:" + port() + "/a.png", null, budget);
        assertThatThrownBy(() -> downloader.download("http://127.0.0.1:" + port() + "/large.png", null, budget))
                .hasMessageContaining("budget");
        assertThat(budget.spent()).isFalse();
        assertThat(hostHeaders).hasSize(2);
    }

    @Test
    void only_web_addresses_are_fetched() {
        assertThatThrownBy(() -> downloader(true).download("file:///etc/passwd", null))
                .isInstanceOf(MediaDownloader.DownloadFailedException.class);
        assertThatThrownBy(() -> downloader(true).download("ftp://example.com/a.jpg", null))
                .isInstanceOf(MediaDownloader.DownloadFailedException.class).hasMessageContaining("http");
    }

    private static void dripping(HttpExchange exchange, int length) throws IOException {
        exchange.sendResponseHeaders(200, length);
        OutputStream out = exchange.getResponseBody();
        try {
            for (int i = 0; i < length; i++) {
                out.write(PNG[i % PNG.length]);
                out.flush();
                Thread.sleep(1000);
            }
        } catch (InterruptedException | IOException e) {
            // the client hung up, as it should
        }
    }
}
