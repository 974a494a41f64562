package dev.geul.transfer.tistory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import dev.geul.category.CategoryNode;
import dev.geul.post.PostDetail;
import dev.geul.post.PostStatus;
import dev.geul.post.PostSummary;
import dev.geul.post.Visibility;
import dev.geul.testing.TistoryBackups;
import dev.geul.transfer.ArchiveFormatException;
import dev.geul.transfer.ImportReport;
import dev.geul.transfer.ImportingBlog;
import dev.geul.transfer.PostsAs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TistoryBackupImportIT extends ImportingBlog {

    @Autowired
    TistoryBackupImporter importer;
    @Autowired
    TistoryXmlImporter xmlImporter;

    @TempDir
    Path dir;

    private ImportReport importZip(PostsAs postsAs) throws IOException {
        Path zip = TistoryBackups.zip(dir, TistoryBackups.htmlBackupFiles());
        return as(admin, () -> importer.importZip(zip, postsAs, progress -> {
        }));
    }

    @Test
    void posts_come_in_with_title_date_in_korean_time_category_tree_and_tags() throws IOException {
        ImportReport report = importZip(PostsAs.PUBLIC);

        assertThat(report.posts()).isEqualTo(2);
        PostDetail post = read("쿠버네티스-입문기");
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
        ImportReport report = importZip(PostsAs.PUBLIC);

        assertThat(report.media()).isEqualTo(2);
        Document body = Jsoup.parseBodyFragment(read("쿠버네티스-입문기").contentHtml());
        String src = body.select("figure img").attr("src");
        assertThat(src).startsWith("/media/2023/03/");
        assertThat(media.find(src).orElseThrow().bytes()).isEqualTo(TistoryBackups.PNG);
        assertThat(body.select("figure figcaption").text()).isEqualTo("우리 클러스터");
        assertThat(body.select("pre code").attr("class")).isEqualTo("language-java");
        assertThat(body.select("pre code").first().wholeText()).contains("    void run() {}\n");
        assertThat(body.select("hr")).hasSize(1);
        assertThat(body.select("[data-ke-size]")).isEmpty();
    }

    @Test
    void imported_images_have_their_pixel_sizes_recorded_as_they_are_stored() throws IOException {
        importZip(PostsAs.PUBLIC);

        String png = Jsoup.parseBodyFragment(read("쿠버네티스-입문기").contentHtml()).select("figure img").attr("src");
        String gif = Jsoup.parseBodyFragment(read("일상-기록").contentHtml()).select("img[src^='/media/']").attr("src");
        assertThat(jdbc.queryForList("select path, width, height from media_image_size order by path"))
                .extracting(row -> "/media/" + row.get("path") + " " + row.get("width") + "x" + row.get("height"))
                .containsExactlyInAnyOrder(png + " 1x1", gif + " 1x1");
    }

    @Test
    void images_the_backup_lacks_or_keeps_elsewhere_are_reported() throws IOException {
        ImportReport report = importZip(PostsAs.PUBLIC);

        assertThat(report.attachmentUrls()).contains("https://blog.kakaocdn.net/dn/abc/btsXYZ/img.png");
        assertThat(report.skipped()).anySatisfy(skipped -> assertThat(skipped.what()).contains("lost.png"));
        Document body = Jsoup.parseBodyFragment(read("일상-기록").contentHtml());
        assertThat(body.select("img").eachAttr("src")).anyMatch(src -> src.startsWith("/media/2023/04/"))
                .contains("https://blog.kakaocdn.net/dn/abc/btsXYZ/img.png");
    }

    @Test
    void posts_come_in_as_drafts_unless_the_admin_chooses_otherwise_and_the_report_says_why() throws IOException {
        ImportReport report = importZip(PostsAs.DRAFTS);

        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("drafts"));
        assertThat(asGuest(() -> reader.findReadable("쿠버네티스-입문기", null))).isEmpty();
        assertThat(jdbc.queryForList("select distinct status from post", String.class))
                .containsExactly(PostStatus.DRAFT.name());
    }

    @Test
    void published_but_private_posts_are_seen_by_writers_only() throws IOException {
        importZip(PostsAs.PRIVATE);

        assertThat(asGuest(() -> reader.findReadable("쿠버네티스-입문기", null))).isEmpty();
        assertThat(as(admin, () -> reader.findReadable("쿠버네티스-입문기", null))).hasValueSatisfying(post ->
                assertThat(post.visibility()).isEqualTo(Visibility.PRIVATE));
    }

    @Test
    void the_same_backup_again_adds_nothing_and_old_addresses_redirect() throws IOException {
        importZip(PostsAs.PUBLIC);
        ImportReport again = importZip(PostsAs.PUBLIC);

        assertThat(again.posts()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(2);
        assertThat(again.media()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isEqualTo(2);
        assertThat(asGuest(() -> reader.findByLegacyPath("/31"))).map(PostSummary::slug).hasValue("쿠버네티스-입문기");
        assertThat(asGuest(() -> reader.findByLegacyPath("/entry/쿠버네티스-입문기"))).map(PostSummary::slug)
                .hasValue("쿠버네티스-입문기");
    }

    @Test
    void an_unpacked_backup_folder_imports_as_its_zip_does() throws IOException {
        Path folder = dir.resolve("unpacked");
        for (Map.Entry<String, byte[]> file : TistoryBackups.htmlBackupFiles().entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }

        ImportReport report = as(admin, () -> importer.importFolder(folder, PostsAs.PUBLIC,
                progress -> {
                }));

        assertThat(report.posts()).isEqualTo(2);
        assertThat(report.media()).isEqualTo(2);
    }

    @Test
    void a_zip_without_tistory_posts_is_refused_with_nothing_stored() throws IOException {
        Path zip = TistoryBackups.zip(dir, Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> as(admin, () -> importer.importZip(zip, PostsAs.PUBLIC, p -> {
        }))).isInstanceOf(ArchiveFormatException.class).hasMessageContaining("not a Tistory backup");
        assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isZero();
    }
}
