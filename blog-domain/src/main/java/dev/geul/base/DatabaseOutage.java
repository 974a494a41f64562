package dev.geul.base;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database is away for a moment (restarting, shut down, out of reach) rather than a
 * fault of the request: such a write is refused as "try again shortly", and the connection pool connects again by
 * itself once the database is back.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            // 08: the connection failed or was refused; 57P: the server shut down or is starting
            if (cause instanceof SQLException sql && ((sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))
                    || closedConnection(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A transaction whose connection the server ended fails once more when it is rolled back, on the closed
     * connection, and that failure is the one reported (the pool and the driver give it no SQL state).
     */
    private static boolean closedConnection(@Nullable String message) {
        if (message == null) {
            return false;
        }
        String text = message.toLowerCase(java.util.Locale.ROOT);
        return text.contains("connection is closed") || text.contains("connection has been closed")
                || text.contains("terminating connection");
    }
}
