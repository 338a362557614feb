package org.opencsc.returns;

import org.opencsc.returns.census.cli.CensusCommandLine;

/**
 * The returns' command line, as the application's main method sees it: "census ..." runs the
 * census commands without the web server ({@link CensusCommandLine}); anything else starts the
 * application.
 */
public final class ReturnsCommandLine {

    private ReturnsCommandLine() {
    }

    public static boolean handles(String[] args) {
        return CensusCommandLine.handles(args);
    }

    /** Runs the command with {@code application} as the Spring Boot application to start, then exits the JVM with its code. */
    public static void run(Class<?> application, String[] args) {
        CensusCommandLine.main(application, args);
    }
}
