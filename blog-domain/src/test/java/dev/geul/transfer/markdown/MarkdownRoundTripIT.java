package dev.geul.transfer.markdown;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryNode;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.post.Visibility;
import dev.geul.testing.TistoryBackups;
import dev.geul.transfer.ArchiveFormatException;
import dev.geul.transfer.ImportReport;
import dev.geul.transfer.ImportingBlog;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A blog goes out as Markdown files a static site reads, and comes back in from them with nothing lost. */
class MarkdownRoundTripIT extends ImportingBlog {

    @Autowired
    MarkdownExporter exporter;
    @Autowired
    MarkdownImporter importer;
    @Autowired
    PostEditor posts;

    @TempDir
    Path dir;

    private Map<String, byte[]> export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(admin, () -> {
            try {
                exporter.exportZip(out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private String image() {
        return as(admin, () -> {
            try {
                return media.store(new ByteArrayInputStream(TistoryBackups.PNG));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void a_korean_blog_with_an_image_goes_out_as_jekyll_files_and_comes_back_the_same() throws IOException {
        CategoryNode development = as(admin, () -> categories.create(new CategoryDraft("개발", null, null, null, 0)));
        CategoryNode kubernetes = as(admin, () -> categories.create(
                new CategoryDraft("쿠버네티스", null, null, development.id(), 0)));
        String picture = image();
        PostDetail published = as(admin, () -> posts.publish(posts.create(PostDraft.of("쿠버네티스 입문기",
                "<h2>시작</h2><p>회사에서 <strong>쿠버네티스</strong>를 배웠다.</p><p><img src=\"" + picture
                        + "\" alt=\"클러스터\"></p><ul><li>파드</li><li>서비스</li></ul>")
                .withCategory(kubernetes.id()).withTags(java.util.List.of("회고", "k8s"))).id()));
        as(admin, () -> posts.publish(posts.create(PostDraft.of("보호된 글", "<p>비밀 이야기</p>")
                .withVisibility(Visibility.PASSWORD, "s3cret")).id()));
        as(admin, () -> posts.create(PostDraft.of("쓰는 중", "<p>아직 초안</p>")));

        Map<String, byte[]> files = export();

        String markdownPath = files.keySet().stream().filter(path -> path.endsWith("-쿠버네티스-입문기.md")).findFirst()
                .orElseThrow();
        assertThat(markdownPath).matches("_posts/\\d{4}-\\d{2}-\\d{2}-쿠버네티스-입문기\\.md");
        String markdown = new String(files.get(markdownPath), StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("---\n").contains("title: 쿠버네티스 입문기").contains("개발/쿠버네티스")
                .contains("- 회고").contains("## 시작").contains("**쿠버네티스**").contains("(" + picture + ")");
        assertThat(files).containsKey("_drafts/쓰는-중.md").containsKey(picture.substring(1));
        assertThat(files.get(picture.substring(1))).isEqualTo(TistoryBackups.PNG);

        // into an empty blog
        fixtures.resetDatabase();
        admin = fixtures.admin();
        Path zip = dir.resolve("export.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
            }
        }
        ImportReport report = as(admin, () -> importer.importZip(zip, progress -> {
        }));

        assertThat(report.posts()).isEqualTo(3);
        PostDetail back = asGuest(() -> reader.findReadable(published.slug(), null)).orElseThrow();
        assertThat(back.title()).isEqualTo("쿠버네티스 입문기");
        assertThat(back.publishedAt()).isEqualTo(published.publishedAt());
        assertThat(back.category().name()).isEqualTo("쿠버네티스");
        assertThat(back.tagNames()).containsExactlyInAnyOrder("회고", "k8s");
        assertThat(Jsoup.parseBodyFragment(back.contentHtml()).text())
                .isEqualTo(Jsoup.parseBodyFragment(published.contentHtml()).text());
        assertThat(Jsoup.parseBodyFragment(back.contentHtml()).select("h2, strong, li")).hasSize(4);
        String src = Jsoup.parseBodyFragment(back.contentHtml()).select("img").attr("src");
        assertThat(media.find(src).orElseThrow().bytes()).isEqualTo(TistoryBackups.PNG);
        assertThat(read("보호된-글", "s3cret").contentHtml())
                .contains("비밀 이야기");
        assertThat(asGuest(() -> reader.findReadable("쓰는-중", null))).as("the draft stays a draft").isEmpty();

        ImportReport again = as(admin, () -> importer.importZip(zip, progress -> {
        }));
        assertThat(again.posts()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(3);
    }

    @Test
    void an_excerpt_in_the_front_matter_comes_in_as_plain_text_without_its_markup() throws IOException {
        Path zip = TistoryBackups.zip(dir, Map.of("_posts/2024-03-01-요약.md", ("---\ntitle: 요약\n"
                + "excerpt: '<img src=x onerror=alert(1)>짧은 <script>alert(2)</script>요약 <b>굵게</b>'\n---\n본문\n")
                .getBytes(StandardCharsets.UTF_8)));

        as(admin, () -> importer.importZip(zip, progress -> {
        }));

        PostDetail post = asGuest(() -> reader.findReadable("요약", null)).orElseThrow();
        assertThat(post.explicitExcerpt()).doesNotContain("<", "onerror").contains("짧은", "요약", "굵게");
        assertThat(post.excerpt()).doesNotContain("<", "onerror");
    }

    @Test
    void a_zip_without_markdown_is_refused_and_only_admins_move_the_blog() throws IOException {
        Path zip = TistoryBackups.zip(dir, Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> as(admin, () -> importer.importZip(zip, progress -> {
        }))).isInstanceOf(ArchiveFormatException.class).hasMessageContaining("Markdown");
        assertThatThrownBy(() -> asGuest(() -> importer.importZip(zip, progress -> {
        }))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(fixtures.author("alice"), () -> {
            try {
                exporter.exportZip(new ByteArrayOutputStream());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        })).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_zip_broken_part_way_keeps_the_posts_read_before_the_break() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("_posts/2024-01-01-첫째.md", "---\ntitle: 첫째\n---\n첫 번째 글\n".getBytes(StandardCharsets.UTF_8));
        files.put("_posts/2024-01-02-둘째.md", "---\ntitle: 둘째\n---\n두 번째 글\n".getBytes(StandardCharsets.UTF_8));
        String broken = "_posts/2024-01-03-셋째.md";
        files.put(broken, ("---\ntitle: 셋째\n---\n" + "세 번째 글은 길게 씁니다. ".repeat(200))
                .getBytes(StandardCharsets.UTF_8));
        Path zip = TistoryBackups.zip(dir, files);
        // the third file's compressed data is damaged where it starts (its local header comes first in the zip)
        byte[] bytes = Files.readAllBytes(zip);
        byte[] name = broken.getBytes(StandardCharsets.UTF_8);
        int data = indexOf(bytes, name) + name.length;
        java.util.Arrays.fill(bytes, data, data + 16, (byte) 0xFF);
        Files.write(zip, bytes);

        assertThatThrownBy(() -> as(admin, () -> importer.importZip(zip, progress -> {
        }))).isInstanceOf(ArchiveFormatException.class);

        assertThat(asGuest(() -> reader.findReadable("첫째", null))).isPresent();
        assertThat(asGuest(() -> reader.findReadable("둘째", null))).isPresent();
        assertThat(asGuest(() -> reader.findReadable("셋째", null))).isEmpty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not in the zip");
    }
}
