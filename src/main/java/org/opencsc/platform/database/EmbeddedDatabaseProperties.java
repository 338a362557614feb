package org.opencsc.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no external database is configured (opencsc.database.*).
 * By default its data lives in a directory that survives restarts (~/.opencsc/data, or
 * OPENCSC_DATA_DIR) and it listens on a fixed port on localhost (54320, or OPENCSC_DB_PORT), so
 * psql can be pointed at it. Tests and benchmarks ask for a throwaway database instead: a new
 * temporary directory on a random port, with crash safety off for speed, deleted on exit.
 */
@ConfigurationProperties("opencsc.database")
public record EmbeddedDatabaseProperties(String dataDir, @DefaultValue("54320") int port, boolean throwaway) {

    /** What tests that start the server themselves ask for. */
    public static EmbeddedDatabaseProperties throwawayDatabase() {
        return new EmbeddedDatabaseProperties(null, 0, true);
    }

    /** The data directory as an absolute path; a leading ~ is the user's home, as in a shell. */
    public Path dataDirectory() {
        String home = System.getProperty("user.home");
        String dir = dataDir == null || dataDir.isBlank() ? Path.of(home, ".opencsc", "data").toString() : dataDir.strip();
        if (dir.equals("~") || dir.startsWith("~/")) {
            dir = home + dir.substring(1);
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }
}
