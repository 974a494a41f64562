package dev.geul.base;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.geul.base.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The blog's own database server: durable, kept across restarts, and not blocked by a killed run. */
class EmbeddedPostgresServerIT {

    @TempDir
    Path dataDir;

    @Test
    void a_persistent_server_syncs_to_disk_and_keeps_korean_text_across_a_restart() throws Exception {
        Path directory = dataDir.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory)) {
            assertThat(server.setting("fsync")).isEqualTo("on");
            assertThat(server.setting("synchronous_commit")).isEqualTo("on");
            execute(server, "create table note (body text)", "insert into note values ('회사에서 쿠버네티스를 배웠다')");
        }
        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(directory)) {
            assertThat(query(restarted, "select body from note")).isEqualTo("회사에서 쿠버네티스를 배웠다");
        }
    }

    @Test
    void a_server_left_behind_by_a_killed_process_does_not_block_the_next_start() throws Exception {
        Path directory = dataDir.resolve("postgres");
        Process owner = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServerOwner.class.getName(), directory.toString()))
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(owner.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(ServerOwner.READY)) {
                // the embedded server's start-up log
            }
            assertThat(line).as("the first process committed its row").isEqualTo(ServerOwner.READY);
        }
        owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        // like after kill -9: the server it started is still running and holds the directory
        assertThat(Files.exists(directory.resolve("postmaster.pid"))).isTrue();

        try (EmbeddedPostgresServer next = EmbeddedPostgresServer.start(directory)) {
            assertThat(query(next, "select body from note")).isEqualTo("커밋된 글");
        }
    }

    /** Starts a server, commits a row and waits to be killed. */
    public static final class ServerOwner {

        static final String READY = "COMMITTED";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
            execute(server, "create table note (body text)", "insert into note values ('커밋된 글')");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(600_000);
        }
    }

    private static void execute(EmbeddedPostgresServer server, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
