package org.opencsc.platform.database;

/**
 * The embedded database cannot start for a reason the person starting OpenCSC can put right
 * (a directory in use, a port taken). Reported on its own by {@link EmbeddedDatabaseFailureAnalyzer}
 * instead of at the bottom of a long stack trace.
 */
class EmbeddedDatabaseException extends IllegalStateException {

    private final String problem;
    private final String action;

    EmbeddedDatabaseException(String problem, String action) {
        this(problem, action, null);
    }

    EmbeddedDatabaseException(String problem, String action, Throwable cause) {
        super(problem + ": " + action, cause);
        this.problem = problem;
        this.action = action;
    }

    String problem() {
        return problem;
    }

    String action() {
        return action;
    }
}
