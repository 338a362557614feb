package org.opencsc.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Whether a failure means the database cannot be reached (its server stopped, the network to
 * it is down, the pool could get no connection in time), rather than a fault of the request.
 * Such a request is answered 503 "The database is not available" instead of the 500 of a bug.
 * Looks through the causes: Spring wraps the pool's failure (CannotGetJdbcConnectionException
 * in CannotCreateTransactionException, for one).
 */
final class DatabaseUnavailable {

    static final String MESSAGE = "The database is not available. Nothing you sent has been saved. "
            + "Try again later; if this goes on, tell whoever runs OpenCSC.";

    private DatabaseUnavailable() {
    }

    static boolean causedIt(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            // CannotGetJdbcConnectionException is one; Spring also translates a connection
            // lost during a query (SQLState 08xxx) to this.
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** 08: connection exception; 57P01-57P03: the server is shutting down, crashed or not yet accepting connections. */
    private static boolean isConnectionState(String state) {
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }
}
