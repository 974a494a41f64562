package dev.geul.base;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.geul.base.database.EmbeddedPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The blog's own database server: durable, kept across restarts, not blocked by a killed run, and closed to
 * everybody without its password (another account on the machine included).
 */
class EmbeddedPostgresServerIT {

    @TempDir
    Path dataDir;

    @Test
    void a_connection_without_the_password_is_refused_and_one_with_it_gets_in() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir.resolve("postgres"))) {
            String loopback = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl()).close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(loopback, "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(loopback, "postgres", "postgres").close())
                    .isInstanceOf(SQLException.class);
            assertThat(query(server, "select current_user")).isEqualTo("postgres");
            assertThat(query(server, "select string_agg(distinct auth_method, ',') from pg_hba_file_rules"))
                    .isEqualTo("scram-sha-256");
            assertThat(server.setting("unix_socket_directories")).as("no socket file in a shared folder").isEmpty();
        }
    }

    @Test
    void a_throw_away_server_for_tests_checks_the_password_too() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(null)) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl()).close())
                    .isInstanceOf(SQLException.class);
            assertThat(query(server, "select 'ok'")).isEqualTo("ok");
            assertThat(programOf(server)).doesNotStartWith(Path.of(System.getProperty("java.io.tmpdir")).toString());
        }
    }

    @Test
    void the_password_is_random_and_readable_by_the_blogs_account_only() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir.resolve("postgres"))) {
            assertThat(server.passwordFile()).isEqualTo(dataDir.resolve("postgres-password"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.passwordFile())))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(server.passwordFile()).strip()).isEqualTo(server.password()).hasSize(43);
            try (EmbeddedPostgresServer other = EmbeddedPostgresServer.start(null)) {
                assertThat(other.password()).isNotEqualTo(server.password());
            }
        }
    }

    @Test
    void the_programs_run_from_the_blogs_private_folder_not_the_shared_temporary_one() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir.resolve("postgres"))) {
            Path binaries = dataDir.resolve("postgres-bin");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries.resolve("unpacked"))))
                    .as("the library opens its working folder to everybody; it is closed again")
                    .isEqualTo("rwx------");
            assertThat(programOf(server)).startsWith(binaries.toString())
                    .doesNotStartWith(Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString());
        }
    }

    @Test
    void a_data_folder_of_an_earlier_version_gets_a_password_and_keeps_its_data() throws Exception {
        Path directory = dataDir.resolve("postgres");
        // as earlier versions made it: the library's defaults, every local client trusted
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(directory)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
             Connection connection = old.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table note (body text)");
            statement.execute("insert into note values ('업그레이드 전에 쓴 글')");
        }
        assertThat(Files.readString(directory.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedPostgresServer upgraded = EmbeddedPostgresServer.start(directory)) {
            assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl()).close())
                    .isInstanceOf(SQLException.class);
            assertThat(query(upgraded, "select body from note")).isEqualTo("업그레이드 전에 쓴 글");
            assertThat(Files.readString(directory.resolve("pg_hba.conf"))).doesNotContain("trust");
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(directory)) {
            assertThat(query(again, "select body from note")).isEqualTo("업그레이드 전에 쓴 글");
        }
    }

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

    /** The program serving a connection, as the operating system reports it. */
    private static String programOf(EmbeddedPostgresServer server) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER,
                server.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select pg_backend_pid()")) {
            result.next();
            return ProcessHandle.of(result.getLong(1)).flatMap(process -> process.info().command()).orElseThrow();
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
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER,
                server.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER,
                server.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
