package dev.geul.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.geul.account.BlogUser;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.media.MediaStore;
import dev.geul.post.PostDetail;
import dev.geul.post.PostService;
import dev.geul.post.PostStatus;
import dev.geul.post.PostSummary;
import dev.geul.post.Visibility;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class TistoryBackupImportIT {

    static final byte[] PNG = Base64.getDecoder().decode(TistoryXmlImportIT.PNG_BASE64);
    static final byte[] GIF = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    @Autowired
    TistoryBackupImporter importer;
    @Autowired
    TistoryXmlImporter xmlImporter;
    @Autowired
    PostService posts;
    @Autowired
    CategoryService categories;
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

    BlogUser admin;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        admin = fixtures.admin();
    }

    /** One post's page as Tistory's backup writes it (관리 › 블로그 › 데이터 관리). */
    static String page(String title, String category, String date, String contents, String tags) {
        return """
                <!DOCTYPE html>
                <html lang="ko"><head><meta charset="UTF-8"><title>%1$s</title>
                <link rel="stylesheet" href="../style.css"></head>
                <body><div class="area-view">
                  <div class="article-header">
                    <h2 class="title-article">%1$s</h2>
                    <div class="box-info"><p class="category">%2$s</p><p class="date">%3$s</p></div>
                  </div>
                  <div class="article-view"><div class="contents_style">%4$s</div></div>
                  <div class="tags">%5$s</div>
                </div></body></html>
                """.formatted(title, category, date, contents, tags);
    }

    static Map<String, byte[]> backupFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("style.css", "body{}".getBytes(StandardCharsets.UTF_8));
        files.put("31/31-쿠버네티스-입문기.html", page("쿠버네티스 입문기", "개발/쿠버네티스", "2023-03-05 21:30:00", """
                <p data-ke-size="size16">회사에서 쿠버네티스를 배웠다.</p>
                <figure class="imageblock alignCenter" data-ke-mobileStyle="widthOrigin" data-origin-width="1" data-origin-height="1"><span data-url="./img/cluster.png" data-lightbox="lightbox"><img src="./img/cluster.png" srcset="./img/cluster.png" data-origin-width="1" data-origin-height="1"/></span><figcaption>우리 클러스터</figcaption></figure>
                <pre id="code_1" class="java" data-ke-language="java" data-ke-type="codeblock"><code>public class Hello {
                    void run() {}
                }</code></pre>
                <figure contenteditable="false" data-ke-type="horizontalRule" data-ke-style="style5"><hr></figure>
                <p data-ke-size="size16">끝.</p>
                """, "#쿠버네티스 #회고").getBytes(StandardCharsets.UTF_8));
        files.put("31/img/cluster.png", PNG);
        files.put("32/32-일상-기록.html", page("일상 기록", "일상", "2023-04-01 09:00:00", """
                <p data-ke-size="size16">오늘의 일상.</p>
                <p><img src="./img/cat.gif"></p>
                <p><img src="https://blog.kakaocdn.net/dn/abc/btsXYZ/img.png"></p>
                <p><img src="./img/lost.png"></p>
                """, "#일상").getBytes(StandardCharsets.UTF_8));
        files.put("32/img/cat.gif", GIF);
        return files;
    }

    static Path zip(Path dir, Map<String, byte[]> files) throws IOException {
        Path zip = dir.resolve("backup.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                entries.putNextEntry(new ZipEntry(file.getKey()));
                entries.write(file.getValue());
                entries.closeEntry();
            }
        }
        return zip;
    }

    private ImportReport importZip(TistoryBackupImporter.PostsAs postsAs) throws IOException {
        Path zip = zip(dir, backupFiles());
        return as(admin, () -> importer.importZip(zip, postsAs, progress -> {
        }));
    }

    @Test
    void posts_come_in_with_title_date_in_korean_time_category_tree_and_tags() throws IOException {
        ImportReport report = importZip(TistoryBackupImporter.PostsAs.PUBLIC);

        assertThat(report.posts()).isEqualTo(2);
        PostDetail post = asGuest(() -> posts.findReadable("쿠버네티스-입문기", null)).orElseThrow();
        assertThat(post.title()).isEqualTo("쿠버네티스 입문기");
        assertThat(post.publishedAt()).isEqualTo(Instant.parse("2023-03-05T12:30:00Z"));
        assertThat(post.category().name()).isEqualTo("쿠버네티스");
        assertThat(post.tagNames()).containsExactlyInAnyOrder("쿠버네티스", "회고");
        CategoryNode development = asGuest(() -> categories.tree()).stream()
                .filter(node -> node.name().equals("개발")).findFirst().orElseThrow();
        assertThat(development.children()).extracting(CategoryNode::name).containsExactly("쿠버네티스");
    }

    @Test
    void the_editors_markup_becomes_clean_html_with_images_in_the_blogs_media() throws IOException {
        ImportReport report = importZip(TistoryBackupImporter.PostsAs.PUBLIC);

        assertThat(report.media()).isEqualTo(2);
        Document body = Jsoup.parseBodyFragment(asGuest(() -> posts.findReadable("쿠버네티스-입문기", null))
                .orElseThrow().contentHtml());
        String src = body.select("figure img").attr("src");
        assertThat(src).startsWith("/media/2023/03/");
        assertThat(Files.readAllBytes(media.find(src).orElseThrow())).isEqualTo(PNG);
        assertThat(body.select("figure figcaption").text()).isEqualTo("우리 클러스터");
        assertThat(body.select("pre code").attr("class")).isEqualTo("language-java");
        assertThat(body.select("pre code").first().wholeText()).contains("    void run() {}\n");
        assertThat(body.select("hr")).hasSize(1);
        assertThat(body.select("[data-ke-size]")).isEmpty();
    }

    @Test
    void images_the_backup_lacks_or_keeps_elsewhere_are_reported() throws IOException {
        ImportReport report = importZip(TistoryBackupImporter.PostsAs.PUBLIC);

        assertThat(report.attachmentUrls()).contains("https://blog.kakaocdn.net/dn/abc/btsXYZ/img.png");
        assertThat(report.skipped()).anySatisfy(skipped -> assertThat(skipped.what()).contains("lost.png"));
        Document body = Jsoup.parseBodyFragment(asGuest(() -> posts.findReadable("일상-기록", null))
                .orElseThrow().contentHtml());
        assertThat(body.select("img").eachAttr("src")).anyMatch(src -> src.startsWith("/media/2023/04/"))
                .contains("https://blog.kakaocdn.net/dn/abc/btsXYZ/img.png");
    }

    @Test
    void posts_come_in_as_drafts_unless_the_admin_chooses_otherwise_and_the_report_says_why() throws IOException {
        ImportReport report = importZip(TistoryBackupImporter.PostsAs.DRAFTS);

        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("drafts"));
        assertThat(asGuest(() -> posts.findReadable("쿠버네티스-입문기", null))).isEmpty();
        assertThat(jdbc.queryForList("select distinct status from post", String.class))
                .containsExactly(PostStatus.DRAFT.name());
    }

    @Test
    void published_but_private_posts_are_seen_by_writers_only() throws IOException {
        importZip(TistoryBackupImporter.PostsAs.PRIVATE);

        assertThat(asGuest(() -> posts.findReadable("쿠버네티스-입문기", null))).isEmpty();
        assertThat(as(admin, () -> posts.findReadable("쿠버네티스-입문기", null))).hasValueSatisfying(post ->
                assertThat(post.visibility()).isEqualTo(Visibility.PRIVATE));
    }

    @Test
    void the_same_backup_again_adds_nothing_and_old_addresses_redirect() throws IOException {
        importZip(TistoryBackupImporter.PostsAs.PUBLIC);
        ImportReport again = importZip(TistoryBackupImporter.PostsAs.PUBLIC);

        assertThat(again.posts()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(2);
        assertThat(again.media()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isEqualTo(2);
        assertThat(asGuest(() -> posts.findByLegacyPath("/31"))).map(PostSummary::slug).hasValue("쿠버네티스-입문기");
        assertThat(asGuest(() -> posts.findByLegacyPath("/entry/쿠버네티스-입문기"))).map(PostSummary::slug)
                .hasValue("쿠버네티스-입문기");
    }

    @Test
    void an_unpacked_backup_folder_imports_as_its_zip_does() throws IOException {
        Path folder = dir.resolve("unpacked");
        for (Map.Entry<String, byte[]> file : backupFiles().entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }

        ImportReport report = as(admin, () -> importer.importFolder(folder, TistoryBackupImporter.PostsAs.PUBLIC,
                progress -> {
                }));

        assertThat(report.posts()).isEqualTo(2);
        assertThat(report.media()).isEqualTo(2);
    }

    @Test
    void a_zip_without_tistory_posts_is_refused_with_nothing_stored() throws IOException {
        Path zip = zip(dir, Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> as(admin, () -> importer.importZip(zip, TistoryBackupImporter.PostsAs.PUBLIC, p -> {
        }))).isInstanceOf(ArchiveFormatException.class).hasMessageContaining("not a Tistory backup");
        assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isZero();
    }
}
