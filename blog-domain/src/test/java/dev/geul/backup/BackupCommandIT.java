package dev.geul.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.geul.account.BlogUser;
import dev.geul.base.database.EmbeddedPostgresServer;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./geul backup} and {@code ./geul restore}: a blog on the embedded default moves to an external PostgreSQL
 * and back into a data folder of its own. The external database is the one {@code GEUL_TEST_EXTERNAL_DATABASE_URL}
 * names (with {@code _USER} and {@code _PASSWORD}; its public schema is emptied), else a separate server stands in.
 */
@SpringBootTest
class BackupCommandIT {

    @Autowired
    BlogFixtures fixtures;
    @Autowired
    PostEditor posts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired(required = false)
    EmbeddedPostgresServer blogServer;
    @Autowired
    org.springframework.core.env.Environment springEnvironment;

    @TempDir
    Path folder;

    EmbeddedPostgresServer standIn;
    String externalUrl;
    String externalUser;
    String externalPassword;

    @BeforeEach
    void emptyExternalDatabase() throws IOException, SQLException {
        fixtures.resetDatabase();
        externalUrl = System.getenv("GEUL_TEST_EXTERNAL_DATABASE_URL");
        externalUser = System.getenv().getOrDefault("GEUL_TEST_EXTERNAL_DATABASE_USER", "postgres");
        externalPassword = System.getenv().getOrDefault("GEUL_TEST_EXTERNAL_DATABASE_PASSWORD", "");
        if (externalUrl == null || externalUrl.isBlank()) {
            standIn = EmbeddedPostgresServer.start(null);
            externalUrl = standIn.jdbcUrl();
            externalPassword = standIn.password();
        }
        try (Connection connection = DriverManager.getConnection(externalUrl, externalUser, externalPassword)) {
            connection.createStatement().execute("drop schema if exists public cascade");
            connection.createStatement().execute("create schema public");
        }
    }

    @AfterEach
    void stopStandIn() throws IOException {
        if (standIn != null) {
            standIn.close();
        }
    }

    @Test
    void a_blog_moves_to_an_external_database_and_back_into_a_data_folder() throws Exception {
        BlogUser alice = fixtures.author("alice");
        as(alice, () -> posts.create(PostDraft.of("옮겨 갈 글", "<p>어디서나 그대로</p>")));
        List<String> postsBefore = jdbc.queryForList("select p::text from post p order by 1", String.class);

        Path backups = folder.resolve("backups");
        Map<String, String> blog = blogDatabase();
        blog.put("BLOG_BACKUP_DIR", backups.toString());
        blog.put("BLOG_DATA_DIR", folder.resolve("unused").toString());
        assertThat(command(blog, "backup")).contains("verified");
        Path archive = onlyArchiveIn(backups);

        Map<String, String> external = new HashMap<>(Map.of("SPRING_DATASOURCE_URL", externalUrl,
                "SPRING_DATASOURCE_USERNAME", externalUser, "SPRING_DATASOURCE_PASSWORD", externalPassword,
                "BLOG_DATA_DIR", folder.resolve("external-blog").toString()));
        assertThat(command(external, "restore", archive.toString())).contains("restored");
        JdbcTemplate externalJdbc = new JdbcTemplate(new DriverManagerDataSource(externalUrl, externalUser,
                externalPassword));
        assertThat(externalJdbc.queryForList("select p::text from post p order by 1", String.class))
                .isEqualTo(postsBefore);
        assertThat(command(external, "restore", archive.toString())).contains("--force");

        Path externalBackups = folder.resolve("external-backups");
        external.put("BLOG_BACKUP_DIR", externalBackups.toString());
        assertThat(command(external, "backup")).contains("verified");
        Path fromExternal = onlyArchiveIn(externalBackups);

        Path dataFolder = folder.resolve("data");
        Map<String, String> embedded = new HashMap<>(Map.of("BLOG_DATA_DIR", dataFolder.toString()));
        assertThat(command(embedded, "restore", fromExternal.toString())).contains("restored");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataFolder.resolve("postgres"))) {
            JdbcTemplate restored = new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(),
                    EmbeddedPostgresServer.USER, server.password()));
            assertThat(restored.queryForList("select p::text from post p order by 1", String.class))
                    .isEqualTo(postsBefore);
        }
    }

    @Test
    void a_running_blog_is_backed_up_through_its_own_server_and_not_restored_over() throws Exception {
        Path dataFolder = folder.resolve("running-blog");
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(dataFolder.resolve("postgres"))) {
            JdbcTemplate blog = new JdbcTemplate(new DriverManagerDataSource(running.jdbcUrl(),
                    EmbeddedPostgresServer.USER, running.password()));
            blog.execute("create table note (id bigint generated by default as identity primary key, body text)");
            blog.update("insert into note (body) values ('실행 중인 블로그')");
            Map<String, String> settings = new HashMap<>(Map.of("BLOG_DATA_DIR", dataFolder.toString()));

            assertThat(command(settings, "backup")).contains("verified").contains("1 rows");
            Path archive = onlyArchiveIn(dataFolder.resolve("backups"));
            assertThat(command(settings, "restore", archive.toString(), "--force")).contains("stop it");

            assertThat(blog.queryForObject("select body from note", String.class)).isEqualTo("실행 중인 블로그");
        }
    }

    /** The database this test's blog runs on, as the command line would be told of it. */
    private Map<String, String> blogDatabase() {
        Map<String, String> settings = new HashMap<>();
        if (blogServer != null) {
            settings.put("SPRING_DATASOURCE_URL", blogServer.jdbcUrl());
            settings.put("SPRING_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
            settings.put("SPRING_DATASOURCE_PASSWORD", blogServer.password());
        } else {
            settings.put("SPRING_DATASOURCE_URL", springEnvironment.getProperty("spring.datasource.url"));
            settings.put("SPRING_DATASOURCE_USERNAME", springEnvironment.getProperty("spring.datasource.username", ""));
            settings.put("SPRING_DATASOURCE_PASSWORD", springEnvironment.getProperty("spring.datasource.password", ""));
        }
        return settings;
    }

    private static String command(Map<String, String> environment, String... args) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        new BackupCommand(environment::get, new PrintStream(output, true, StandardCharsets.UTF_8))
                .execute(List.of(args));
        return output.toString(StandardCharsets.UTF_8);
    }

    private static Path onlyArchiveIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> archives = files.filter(f -> f.toString().endsWith(".zip")).toList();
            assertThat(archives).hasSize(1);
            return archives.getFirst();
        }
    }
}
