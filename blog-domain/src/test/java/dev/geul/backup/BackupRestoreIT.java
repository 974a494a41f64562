package dev.geul.backup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import dev.geul.account.ApiTokens;
import dev.geul.account.BlogUser;
import dev.geul.base.BlogProperties;
import dev.geul.base.database.EmbeddedPostgresServer;
import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryService;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentView;
import dev.geul.comment.NewComment;
import dev.geul.media.MediaRefusedException;
import dev.geul.media.MediaStore;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TistoryBackups;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A blog backed up while it runs comes back whole in another, empty database: every row of every table, ids that go
 * on after the old ones, the media files byte for byte. A damaged archive and a restore over a blog are refused.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreIT {

    @Autowired
    BlogFixtures fixtures;
    @Autowired
    PostEditor posts;
    @Autowired
    CategoryService categories;
    @Autowired
    CommentService comments;
    @Autowired
    ApiTokens tokens;
    @Autowired
    MediaStore media;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    BlogProperties blog;

    @TempDir
    Path folder;

    EmbeddedPostgresServer second;
    DataSource secondDatabase;

    @BeforeAll
    void startSecondDatabase() throws IOException {
        second = EmbeddedPostgresServer.start(null);
        PGSimpleDataSource target = new PGSimpleDataSource();
        target.setUrl(second.jdbcUrl());
        target.setUser(EmbeddedPostgresServer.USER);
        target.setPassword(second.password());
        secondDatabase = target;
    }

    @AfterAll
    void stopSecondDatabase() throws IOException {
        second.close();
    }

    @BeforeEach
    void emptyBothBlogs() throws SQLException {
        fixtures.resetDatabase();
        try (var connection = secondDatabase.getConnection(); var statement = connection.createStatement()) {
            statement.execute("drop schema public cascade; create schema public");
        }
    }

    @Test
    void a_restored_blog_has_every_row_its_sequences_going_on_and_its_media() throws Exception {
        String image = fillBlog();
        BackupSummary backup = new BackupFolder(folder.resolve("backups"), 7).make(dataSource, blog.mediaDir(),
                Instant.now());
        assertThat(backup.verified()).as(backup.problem()).isTrue();
        Path archive = folder.resolve("backups").resolve(backup.file());

        Path restoredMedia = folder.resolve("restored/media");
        Restore.Result result = new Restore(secondDatabase, restoredMedia, folder.resolve("restored/index"))
                .restore(archive, false);

        assertThat(result.mediaFiles()).isEqualTo(1);
        JdbcTemplate restored = new JdbcTemplate(secondDatabase);
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables where table_schema = current_schema()
                and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by 1""", String.class);
        assertThat(tables).contains("post", "post_revision", "comment", "category", "tag", "account", "api_token",
                "search_synonym");
        for (String table : tables) {
            assertThat(rowsOf(restored, table)).as(table).isEqualTo(rowsOf(jdbc, table));
        }
        assertThat(rowsOf(restored, "post")).hasSize(2);
        assertThat(rowsOf(restored, "post_revision")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rowsOf(restored, "comment")).hasSize(2);
        assertThat(restored.queryForObject("select max(version) from flyway_schema_history where success",
                String.class)).isEqualTo(jdbc.queryForObject(
                "select max(version) from flyway_schema_history where success", String.class));

        long highestPost = restored.queryForObject("select max(id) from post", Long.class);
        assertThat(restored.queryForObject("select nextval('post_id_seq')", Long.class) - 49)
                .as("the first id of the next block of post ids").isGreaterThan(highestPost);
        long highestTag = restored.queryForObject("select max(id) from tag", Long.class);
        assertThat(restored.queryForObject("insert into tag (name, slug) values ('새 태그', 'new-tag') returning id",
                Long.class)).isGreaterThan(highestTag);

        assertThat(restored.queryForObject("select md5(content) from media_file where path = '2026/12/large.bin'",
                String.class)).isEqualTo(jdbc.queryForObject(
                "select md5(content) from media_file where path = '2026/12/large.bin'", String.class));
        String served = image.substring(image.indexOf("/media/") + "/media/".length());
        assertThat(Files.readAllBytes(restoredMedia.resolve(served)))
                .isEqualTo(Files.readAllBytes(blog.mediaDir().resolve(served)));
    }

    @Test
    void a_restore_into_a_blog_with_posts_is_refused_unless_forced() throws Exception {
        fillBlog();
        Path archive = goodBackup();
        Restore restore = new Restore(secondDatabase, folder.resolve("m"), null);
        restore.restore(archive, false);
        new JdbcTemplate(secondDatabase).update("delete from comment");

        assertThatThrownBy(() -> restore.restore(archive, false))
                .isInstanceOf(Restore.RestoreRefusedException.class).hasMessageContaining("2 posts");
        assertThat(rowsOf(new JdbcTemplate(secondDatabase), "comment")).isEmpty();

        restore.restore(archive, true);
        assertThat(rowsOf(new JdbcTemplate(secondDatabase), "comment")).hasSize(2);
    }

    @Test
    void a_damaged_archive_fails_its_check_and_is_not_restored() throws Exception {
        fillBlog();
        Path archive = goodBackup();
        Path damaged = folder.resolve("damaged.zip");
        rewriteEntry(archive, damaged, "tables/post.csv", text -> text.replace("첫 글", "첫 굴"));

        BackupVerifier.Verification verification = BackupVerifier.verify(damaged);

        assertThat(verification.ok()).isFalse();
        assertThat(verification.problem()).contains("tables/post.csv");
        assertThatThrownBy(() -> new Restore(secondDatabase, folder.resolve("m"), null).restore(damaged, false))
                .isInstanceOf(Restore.RestoreRefusedException.class).hasMessageContaining("tables/post.csv");
        assertThat(new JdbcTemplate(secondDatabase).queryForList(
                "select table_name from information_schema.tables where table_schema = current_schema()"))
                .isEmpty();
    }

    @Test
    void the_folder_keeps_the_newest_backups_and_lists_them_newest_first() throws Exception {
        fillBlog();
        BackupFolder backups = new BackupFolder(folder.resolve("kept"), 2);
        Instant start = Instant.parse("2026-12-01T03:30:00Z");
        for (int day = 0; day < 3; day++) {
            assertThat(backups.make(dataSource, blog.mediaDir(), start.plus(Duration.ofDays(day))).verified())
                    .isTrue();
        }

        assertThat(backups.list()).extracting(BackupSummary::file)
                .containsExactly("geul-backup-20261203-033000.zip", "geul-backup-20261202-033000.zip");
        assertThat(backups.list()).allSatisfy(summary -> {
            assertThat(summary.size()).isPositive();
            assertThat(summary.rows()).isPositive();
        });
        try (Stream<Path> files = Files.list(folder.resolve("kept"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.contains("20261201"));
        }
    }

    private Path goodBackup() {
        BackupSummary backup = new BackupFolder(folder.resolve("backups"), 7).make(dataSource, blog.mediaDir(),
                Instant.now());
        assertThat(backup.verified()).as(backup.problem()).isTrue();
        return folder.resolve("backups").resolve(backup.file());
    }

    /** Posts with revisions, nested categories and comments, tags, accounts, a token, a synonym, an image. */
    private String fillBlog() {
        BlogUser admin = fixtures.admin();
        BlogUser alice = fixtures.author("alice");
        long parent = as(admin, () -> categories.create(new CategoryDraft("개발"))).id();
        long child = as(admin, () -> categories.create(new CategoryDraft("자바").withParent(parent))).id();
        String image = as(alice, () -> {
            try {
                return media.store(new ByteArrayInputStream(TistoryBackups.PNG));
            } catch (IOException | MediaRefusedException e) {
                throw new IllegalStateException(e);
            }
        });
        PostDetail first = as(alice, () -> posts.create(PostDraft.of("첫 글", "<p>안녕 \"세상\",\n둘째 줄</p>"
                + "<img src=\"" + image + "\">").withCategory(child).withTags(List.of("자바", "백업"))));
        as(alice, () -> posts.update(first.id(), first.version(),
                PostDraft.of("첫 글", "<p>고친 본문</p>").withCategory(child).withTags(List.of("자바"))));
        as(alice, () -> posts.publish(first.id()));
        as(admin, () -> posts.create(PostDraft.of("둘째 글", "<p>쉼표, 따옴표 \" 와 줄바꿈\r\n</p>")));
        CommentView root = asGuest(() -> comments.add(first.id(), NewComment.guest("민수", "pw1234", "첫 댓글"),
                null, "127.0.0.1"));
        as(alice, () -> comments.add(first.id(), NewComment.signedIn("답글").replyTo(root.id()), null, null));
        // the parent's row is written again after its reply: a table's rows need not come parents first
        jdbc.update("update comment set body = body where id = ?", root.id());
        as(alice, () -> tokens.create("백업 확인"));
        jdbc.update("insert into search_synonym (words) values ('백업, backup')");
        // a file kept in the database (several nodes), larger than the slices it is read in
        byte[] large = new byte[2 * 1024 * 1024 + 123];
        new java.util.Random(7).nextBytes(large);
        jdbc.update("""
                insert into media_file (path, content, size, created_at) values ('2026/12/large.bin', ?, ?, now())
                on conflict (path) do nothing""", large, large.length);
        return image;
    }

    private static List<String> rowsOf(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("select t::text from " + SchemaCatalog.quoted(table) + " t order by 1",
                String.class);
    }

    private static void rewriteEntry(Path from, Path to, String name,
                                     java.util.function.UnaryOperator<String> change) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile(), StandardCharsets.UTF_8);
             OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    if (entry.getName().equals(name)) {
                        String changed = change.apply(new String(bytes, StandardCharsets.UTF_8));
                        assertThat(changed).isNotEqualTo(new String(bytes, StandardCharsets.UTF_8));
                        bytes = changed.getBytes(StandardCharsets.UTF_8);
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
    }
}
