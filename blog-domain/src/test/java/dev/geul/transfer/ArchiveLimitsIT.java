package dev.geul.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.geul.base.BlogProperties;
import dev.geul.testing.TistoryBackups;
import dev.geul.transfer.markdown.MarkdownImporter;
import dev.geul.transfer.tistory.TistoryBackupImporter;
import dev.geul.transfer.wxr.UploadsImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A small zip that unpacks to far more than it weighs (a zip bomb) is refused by every importer that reads zips,
 * before anything is stored; a page of text too large for any post is left out and reported.
 */
class ArchiveLimitsIT extends ImportingBlog {

    static final long TWO_GB = 2L * 1024 * 1024 * 1024;

    @TempDir
    static Path bombs;

    static Path bomb;

    @Autowired
    UploadsImporter uploads;
    @Autowired
    MarkdownImporter markdown;
    @Autowired
    TistoryBackupImporter tistory;
    @Autowired
    BlogProperties blog;

    /**
     * A real image first, then 2 GB of zeros under names every importer reads: a Markdown page, a Tistory post's
     * page, an upload. Made here, a couple of megabytes on disk, never kept.
     */
    @BeforeAll
    static void makeBomb() throws IOException {
        bomb = bombs.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("uploads/2024/01/real.png"));
            zip.write(TistoryBackups.PNG);
            zip.putNextEntry(new ZipEntry("1/1-real.html"));
            zip.write(TistoryBackups.page("진짜 글", "일상", "2024-01-01 10:00:00", "<p>본문</p>", "")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_posts/2024-01-01-real.md"));
            zip.write("---\ntitle: 진짜 글\n---\n본문\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_posts/2024-01-02-zeros.md"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < TWO_GB; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).as("the bomb is small").isLessThan(10L * 1024 * 1024);
    }

    long mediaFiles() throws IOException {
        Path dir = blog.mediaDir();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.toString().contains(".incoming")).count();
        }
    }

    long posts() {
        return jdbc.queryForObject("select count(*) from post", Long.class);
    }

    @Test
    void a_zip_bomb_is_refused_by_every_importer_with_nothing_stored() throws IOException {
        long mediaBefore = mediaFiles();

        for (Runnable importing : new Runnable[]{
                () -> as(admin, () -> uploads.importZip(bomb)),
                () -> as(admin, () -> markdown.importZip(bomb, progress -> {
                })),
                () -> as(admin, () -> tistory.importZip(bomb, PostsAs.PUBLIC, progress -> {
                }))}) {
            assertThatThrownBy(importing::run).isInstanceOfSatisfying(ArchiveFormatException.class, refused -> {
                assertThat(refused.key()).isEqualTo("error.import.compressionRatio");
                assertThat(refused.getMessage()).contains("_posts/2024-01-02-zeros.md");
            });
        }

        assertThat(mediaFiles()).isEqualTo(mediaBefore);
        assertThat(posts()).isZero();
    }

    @Test
    void a_markdown_page_too_large_for_any_post_is_left_out_and_reported() throws IOException {
        Path zip = bombs.resolve("large.zip");
        Random random = new Random(7);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("_posts/2024-01-01-small.md"));
            out.write("---\ntitle: 작은 글\n---\n본문\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("_posts/2024-01-02-huge.md"));
            byte[] line = new byte[1024];
            for (int kb = 0; kb <= ArchiveLimits.MAX_TEXT_BYTES / 1024; kb++) {
                for (int i = 0; i < line.length; i++) {
                    line[i] = (byte) ('a' + random.nextInt(26));
                }
                out.write(line);
            }
        }

        ImportReport report = as(admin, () -> markdown.importZip(zip, progress -> {
        }));

        assertThat(report.posts()).isOne();
        assertThat(report.skipped()).anySatisfy(skipped -> {
            assertThat(skipped.what()).contains("huge.md");
            assertThat(skipped.why()).contains("larger than 20 MB");
        });
    }
}
