package dev.geul.site;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tells this node, as soon as it happens on any node of the blog, that pages readers see have changed: a post
 * published, edited, unpublished or deleted, a comment written, approved or deleted, the appearance, a category
 * or a tag changed. The database says so itself (triggers send a NOTIFY on channel {@value #CHANNEL}, which
 * PostgreSQL delivers when the change's transaction commits), and this node listens on a connection of its own,
 * then publishes {@link Changed} for whatever keeps rendered pages. While that connection is lost, nothing can be
 * heard: it says {@link Changed} once more when it is back, since a change may have been missed meanwhile.
 */
@Component
public class ReaderPageNotices implements SmartLifecycle {

    /** The channel the triggers of migration V14_6 notify. */
    public static final String CHANNEL = "geul_reader_pages";

    private static final Logger log = LoggerFactory.getLogger(ReaderPageNotices.class);
    private static final Duration WAIT = Duration.ofSeconds(1);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(3);

    /** Pages readers see have changed (on this node or another): forget what was kept of them. */
    public record Changed() {
    }

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private volatile boolean running;
    private volatile @Nullable Connection connection;
    private @Nullable Thread listener;

    ReaderPageNotices(DataSource dataSource, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("geul-reader-page-notices").start(this::listen);
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeQuietly();
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean missedSome = false;
        while (running) {
            try (Connection listening = open()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                if (missedSome) {
                    events.publishEvent(new Changed());
                }
                PGConnection postgres = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notices = postgres.getNotifications((int) WAIT.toMillis());
                    if (notices != null && notices.length > 0) {
                        events.publishEvent(new Changed());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                missedSome = true;
                log.warn("Not listening for changed reader pages ({}); trying again in {} s", e.getMessage(),
                        RETRY_AFTER.toSeconds());
                try {
                    Thread.sleep(RETRY_AFTER);
                } catch (InterruptedException interrupted) {
                    return;
                }
            } finally {
                connection = null;
            }
        }
    }

    /**
     * A connection beside the pool, as the pool's are lent for a moment and this one is held for good; borrowed
     * from the pool only when the data source is not one whose address this class can read.
     */
    private Connection open() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            Properties properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            properties.setProperty("ApplicationName", "geul reader page notices");
            Connection opened = DriverManager.getConnection(hikari.getJdbcUrl(), properties);
            opened.setAutoCommit(true);
            return opened;
        }
        Connection borrowed = dataSource.getConnection();
        borrowed.setAutoCommit(true);
        return borrowed;
    }

    private void closeQuietly() {
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // closing is all that was wanted
            }
        }
    }
}
