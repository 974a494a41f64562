package dev.geul.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpServer;
import dev.geul.account.BlogUser;
import dev.geul.media.MediaStore;
import dev.geul.post.PostReader;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.SharedData;
import dev.geul.testing.TestClock;
import dev.geul.testing.TistoryBackups;
import dev.geul.transfer.tistory.TistoryBackupImporter;
import dev.geul.transfer.wxr.UploadsImporter;
import dev.geul.transfer.wxr.WxrImporter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A blog's images come home: downloaded from the old site (WordPress's attachments, the images Tistory's backup
 * only links to), or from a zip of a WordPress site's uploads folder.
 */
@SpringBootTest(properties = {"geul.import.media.download=true", "geul.import.media.allow-private-networks=true",
        "geul.import.media.timeout=5s"})
class RemoteMediaImportIT {

    static final byte[] JPEG = Base64.getDecoder().decode(
            "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////"
                    + "////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

    @Autowired
    WxrImporter importer;
    @Autowired
    UploadsImporter uploads;
    @Autowired
    TistoryBackupImporter tistory;
    @Autowired
    PostReader posts;
    @Autowired
    MediaStore media;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    HttpServer oldSite;
    final Map<String, byte[]> served = new ConcurrentHashMap<>();
    final Map<String, String> redirects = new ConcurrentHashMap<>();
    final AtomicInteger requests = new AtomicInteger();
    BlogUser admin;

    @BeforeEach
    void setUp() throws IOException {
        fixtures.resetDatabase();
        clock.reset();
        admin = fixtures.admin();
        oldSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        oldSite.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = served.get(exchange.getRequestURI().getPath());
            String location = redirects.get(exchange.getRequestURI().getPath());
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
                exchange.sendResponseHeaders(302, -1);
            } else if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        oldSite.start();
    }

    @AfterEach
    void stopOldSite() {
        oldSite.stop(0);
    }

    String site() {
        return "http://127.0.0.1:" + oldSite.getAddress().getPort();
    }

    /** A self-hosted WordPress export: one image attached, one gone, a post showing both at WordPress's sizes. */
    String export(String site) {
        return """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><link>%1$s</link><wp:wxr_version>1.2</wp:wxr_version>
                  <item><title>사진 글</title><dc:creator>minji</dc:creator>
                    <content:encoded><![CDATA[<p>봄의 유채꽃</p>
                <a href="%1$s/wp-content/uploads/2008/06/canola2.jpg"><img src="%1$s/wp-content/uploads/2008/06/canola2-300x200.jpg" alt="유채" width="300" height="200"></a>
                <img src="%1$s/wp-content/uploads/2008/06/gone.jpg" alt="사라진 사진">]]></content:encoded>
                    <wp:post_id>555</wp:post_id><wp:post_date_gmt>2011-01-10 13:20:00</wp:post_date_gmt>
                    <wp:post_name>photo-post</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                  </item>
                  <item><title>canola2</title><dc:creator>minji</dc:creator>
                    <wp:post_id>611</wp:post_id><wp:post_date_gmt>2008-06-10 13:17:54</wp:post_date_gmt>
                    <wp:status>inherit</wp:status><wp:post_parent>555</wp:post_parent><wp:post_type>attachment</wp:post_type>
                    <wp:attachment_url>%1$s/wp-content/uploads/2008/06/canola2.jpg</wp:attachment_url>
                  </item>
                  <item><title>gone</title><dc:creator>minji</dc:creator>
                    <wp:post_id>612</wp:post_id><wp:post_date_gmt>2008-06-10 13:17:54</wp:post_date_gmt>
                    <wp:status>inherit</wp:status><wp:post_parent>555</wp:post_parent><wp:post_type>attachment</wp:post_type>
                    <wp:attachment_url>%1$s/wp-content/uploads/2008/06/gone.jpg</wp:attachment_url>
                  </item>
                </channel></rss>
                """.formatted(site);
    }

    ImportReport importText(String wxr) {
        return as(admin, () -> importer.importWxr(new ByteArrayInputStream(wxr.getBytes(StandardCharsets.UTF_8))));
    }

    Document body(String slug) {
        return Jsoup.parseBodyFragment(asGuest(() -> posts.findReadable(slug, null)).orElseThrow().contentHtml());
    }

    @Test
    void attachments_are_downloaded_and_the_post_shows_the_copies_at_every_size() throws IOException {
        served.put("/wp-content/uploads/2008/06/canola2.jpg", JPEG);

        ImportReport report = importText(export(site()));

        assertThat(report.media()).isEqualTo(1);
        Document body = body("photo-post");
        String copy = body.select("a").attr("href");
        assertThat(copy).startsWith("/media/2008/06/").endsWith(".jpg");
        assertThat(body.select("a img").attr("src")).as("the 300x200 size shows the copy too").isEqualTo(copy);
        assertThat(media.find(copy).orElseThrow().bytes()).isEqualTo(JPEG);
    }

    @Test
    void a_file_the_old_site_does_not_serve_is_reported_and_keeps_its_old_address() {
        ImportReport report = importText(export(site()));

        assertThat(report.skipped()).anySatisfy(skipped -> {
            assertThat(skipped.what()).contains("gone.jpg");
            assertThat(skipped.why()).contains("404");
        });
        assertThat(report.attachmentUrls()).contains(site() + "/wp-content/uploads/2008/06/gone.jpg");
        assertThat(body("photo-post").select("img[alt=사라진 사진]").attr("src"))
                .isEqualTo(site() + "/wp-content/uploads/2008/06/gone.jpg");
    }

    @Test
    void what_is_not_an_image_is_refused_by_its_bytes_whatever_its_name() {
        served.put("/wp-content/uploads/2008/06/canola2.jpg", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

        ImportReport report = importText(export(site()));

        assertThat(report.media()).isZero();
        assertThat(report.skipped()).anySatisfy(skipped -> assertThat(skipped.why()).contains("not an image"));
        assertThat(body("photo-post").select("a").attr("href")).startsWith(site());
    }

    @Test
    void a_server_that_redirects_to_something_that_is_no_address_fails_that_file_alone() {
        served.put("/wp-content/uploads/2008/06/canola2.jpg", JPEG);
        redirects.put("/wp-content/uploads/2008/06/gone.jpg", "http://exa mple.com:port/%%zz");

        ImportReport report = importText(export(site()));

        assertThat(report.media()).isEqualTo(1);
        assertThat(report.skipped()).anySatisfy(skipped -> {
            assertThat(skipped.what()).contains("gone.jpg");
            assertThat(skipped.why()).contains("not a web address");
        });
        assertThat(body("photo-post").select("img[alt=사라진 사진]").attr("src"))
                .isEqualTo(site() + "/wp-content/uploads/2008/06/gone.jpg");
    }

    @Test
    void a_second_import_downloads_again_but_stores_each_file_once() {
        served.put("/wp-content/uploads/2008/06/canola2.jpg", JPEG);
        importText(export(site()));

        ImportReport again = importText(export(site()));

        assertThat(again.media()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(1);
        assertThat(body("photo-post").select("a").attr("href")).startsWith("/media/2008/06/");
    }

    @Test
    void the_uploads_folder_of_a_site_that_is_gone_brings_its_images_home() throws IOException {
        String goneSite = "https://gone.example";
        importText(export(goneSite));
        assertThat(requests.get()).isZero();
        Path zip = dir.resolve("uploads.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("uploads/2008/06/canola2.jpg"));
            out.write(JPEG);
            out.putNextEntry(new ZipEntry("uploads/2008/06/notes.txt"));
            out.write("메모".getBytes(StandardCharsets.UTF_8));
        }

        UploadsImporter.Report report = as(admin, () -> uploads.importZip(zip));

        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.postsChanged()).isEqualTo(1);
        assertThat(report.skipped()).singleElement().satisfies(skipped ->
                assertThat(skipped.what()).contains("notes.txt"));
        Document body = body("photo-post");
        assertThat(body.select("a").attr("href")).startsWith("/media/2008/06/");
        assertThat(body.select("a img").attr("src")).isEqualTo(body.select("a").attr("href"));
        assertThat(body.select("img[alt=사라진 사진]").attr("src")).startsWith(goneSite);
    }

    @Test
    void wordpress_coms_image_addresses_are_matched_by_their_year_and_month_folders() throws IOException {
        String wxr = SharedData.read("wordpress-importer/wxr-flat-attachment-same-site.xml");
        as(admin, () -> importer.importWxr(new ByteArrayInputStream(wxr.getBytes(StandardCharsets.UTF_8))));
        Path zip = dir.resolve("uploads.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("2008/06/canola2.jpg"));
            out.write(JPEG);
        }

        UploadsImporter.Report report = as(admin, () -> uploads.importZip(zip));

        assertThat(report.stored()).isOne();
        assertThat(report.postsChanged()).isOne();
        List<String> sources = body("post-with-attachment").select("img").eachAttr("src");
        assertThat(sources).singleElement().satisfies(src -> assertThat(src).startsWith("/media/2008/06/"));
    }

    @Test
    void images_a_tistory_backup_only_links_to_are_downloaded_too() throws IOException {
        served.put("/dn/abc/photo.png", TistoryBackups.PNG);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("7/7-원격-사진.html", TistoryBackups.page("원격 사진", "일상", "2024-05-05 10:00:00",
                "<p>사진</p><p><img src=\"" + site() + "/dn/abc/photo.png\"></p>", "").getBytes(StandardCharsets.UTF_8));
        Path zip = TistoryBackups.zip(dir, files);

        ImportReport report = as(admin, () -> tistory.importZip(zip, PostsAs.PUBLIC, p -> {
        }));

        assertThat(report.media()).isOne();
        String src = body("원격-사진").select("img").attr("src");
        assertThat(src).startsWith("/media/2024/05/");
        assertThat(media.find(src).orElseThrow().bytes()).isEqualTo(TistoryBackups.PNG);
    }
}
