package dev.geul.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import dev.geul.base.database.EmbeddedPostgresServer;

/**
 * The blog's database gone away under the running application, as in a restart: every connection the blog holds
 * is ended by the server ({@code pg_terminate_backend}) and new ones are refused until {@link #close()}, when the
 * database takes connections again. The server itself keeps running, so the test's other contexts are unaffected.
 */
public final class DatabaseAway implements AutoCloseable {

    private static final String BLOG_DATABASE = "postgres";

    private final EmbeddedPostgresServer server;
    private boolean away;

    private DatabaseAway(EmbeddedPostgresServer server) {
        this.server = server;
    }

    public static DatabaseAway now(EmbeddedPostgresServer server) {
        DatabaseAway outage = new DatabaseAway(server);
        outage.run("alter database " + BLOG_DATABASE + " with allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + BLOG_DATABASE
                        + "' and pid <> pg_backend_pid()");
        outage.away = true;
        return outage;
    }

    /** The database takes connections again. */
    @Override
    public void close() {
        if (away) {
            away = false;
            run("alter database " + BLOG_DATABASE + " with allow_connections true");
        }
    }

    /** Through another database of the same server: the blog's own refuses connections meanwhile. */
    private void run(String... statements) {
        Properties credentials = new Properties();
        credentials.setProperty("user", EmbeddedPostgresServer.USER);
        credentials.setProperty("password", server.password());
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + server.port() + "/template1", credentials);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The test could not change the database's availability", e);
        }
    }
}
