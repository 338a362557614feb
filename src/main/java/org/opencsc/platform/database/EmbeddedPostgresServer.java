package org.opencsc.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL server per JVM. Test suites start several Spring contexts; they
 * all share this server rather than paying for a new one each time.
 *
 * <p>The durable server (the default) keeps its data between runs, with PostgreSQL's crash
 * safety on, and is shut down cleanly when the application stops, after its Spring context has
 * closed. A throwaway server (tests and benchmarks) lives in a new temporary directory with
 * crash safety off, which loads a large council's generated data far faster, and is deleted on
 * exit.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /**
     * How long a start may take. Recovery after a crash replays the WAL written since the last
     * checkpoint (at most max_wal_size, 1 GB, and usually far less), seconds on a laptop's disk;
     * a server that cannot start at all (a bad setting, no memory) exits within a second, but
     * zonky waits the whole time before saying so.
     */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration SHUTDOWN_WAIT = Duration.ofMinutes(2);

    private static EmbeddedPostgresServer running;

    private final EmbeddedPostgres postgres;
    private final EmbeddedDatabaseProperties settings;
    private final Path dataDir;
    private final Optional<ProcessHandle> postmaster;
    /** OpenCSC's lock on the durable data directory, held until the server has stopped. */
    private final Optional<DataDirectory.Lock> lock;
    private volatile boolean stopping;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, EmbeddedDatabaseProperties settings, Path dataDir,
                                   Optional<DataDirectory.Lock> lock) {
        this.postgres = postgres;
        this.settings = settings;
        this.dataDir = dataDir;
        this.lock = lock;
        this.postmaster = PostmasterPid.read(dataDir.resolve(DataDirectory.POSTMASTER_PID))
                .flatMap(pid -> ProcessHandle.of(pid.pid()));
    }

    /** Starts the server on first use; later callers get the same one and must ask for the same kind. */
    public static synchronized String jdbcUrl(EmbeddedDatabaseProperties settings) {
        if (running == null) {
            running = settings.throwaway() ? startThrowaway(settings) : startDurable(settings);
            try {
                // Run after every Spring context has closed, so no request still needs the database.
                SpringApplication.getShutdownHandlers().add(EmbeddedPostgresServer::stopRunning);
            } catch (IllegalStateException shuttingDown) {
                stopRunning();
                throw shuttingDown;
            }
        } else if (!running.serves(settings)) {
            throw new IllegalStateException("This JVM's embedded PostgreSQL already runs " + running.describe()
                    + "; it cannot also serve " + (settings.throwaway() ? "a throwaway database" : settings.dataDirectory()));
        }
        return running.postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The server's process has ended while OpenCSC runs (killed, out of memory): it is not restarted. */
    static synchronized boolean hasDied() {
        return running != null && !running.stopping && running.postmaster.map(p -> !p.isAlive()).orElse(false);
    }

    private boolean serves(EmbeddedDatabaseProperties wanted) {
        if (settings.throwaway() || wanted.throwaway()) {
            return settings.throwaway() == wanted.throwaway();
        }
        return dataDir.equals(wanted.dataDirectory()) && settings.port() == wanted.port();
    }

    private String describe() {
        return settings.throwaway() ? "a throwaway database" : "on " + dataDir;
    }

    private static EmbeddedPostgresServer startDurable(EmbeddedDatabaseProperties settings) {
        Path dir = settings.dataDirectory();
        DataDirectory.Lock lock = DataDirectory.prepare(dir, settings.port());
        boolean fresh = !Files.exists(dir.resolve("PG_VERSION"));
        EmbeddedPostgres postgres;
        try {
            postgres = start(tuned(EmbeddedPostgres.builder())
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(settings.port())
                    // Zonky turns these off by default (and passes -F, which fsync=on overrides).
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on"));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, settings, dir, Optional.of(lock));
        log.info("OpenCSC's data is in {} ({}): embedded PostgreSQL on localhost port {}, user postgres, database postgres",
                dir, fresh ? "new, empty" : "kept from the last run", settings.port());
        return server;
    }

    private static EmbeddedPostgresServer startThrowaway(EmbeddedDatabaseProperties settings) {
        // Under zonky's working directory, whose stale entries it removes (stopping any server left
        // running) when a later run starts, so a test JVM that was killed leaves nothing behind for long.
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg", "opencsc-" + UUID.randomUUID());
        EmbeddedPostgres postgres = start(tuned(EmbeddedPostgres.builder())
                .setDataDirectory(dir)
                .setCleanDataDirectory(true)
                // Not crash-safe: for data nobody needs after the run.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_wal_size", "4GB"));
        log.info("Throwaway embedded PostgreSQL in {} on port {} (deleted on exit)", dir, postgres.getPort());
        return new EmbeddedPostgresServer(postgres, settings, dir, Optional.empty());
    }

    private static EmbeddedPostgres.Builder tuned(EmbeddedPostgres.Builder builder) {
        return builder
                // Stopped by stopRunning, in order; zonky's own hook would race Spring's shutdown.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_connections", "100");
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    private static synchronized void stopRunning() {
        if (running != null) {
            running.stop();
        }
    }

    /** A fast shutdown (zonky's pg_ctl stop -m fast), then waits until the server process has gone. */
    private void stop() {
        stopping = true;
        boolean wasRunning = postmaster.map(ProcessHandle::isAlive).orElse(true);
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
        }
        if (!wasRunning) {
            // pg_ctl has just said "could not send stop signal": there was nothing to stop.
            log.warn("The embedded PostgreSQL (process {}) had already stopped while OpenCSC ran, without a clean "
                    + "shutdown; its data is in {} and is recovered when OpenCSC next starts",
                    postmaster.map(ProcessHandle::pid).orElse(-1L), dataDir);
        } else if (postmaster.isPresent() && !DataDirectory.waitForExit(postmaster.get(), SHUTDOWN_WAIT)) {
            log.warn("The embedded PostgreSQL (process {}) is still shutting down", postmaster.get().pid());
        } else if (!settings.throwaway()) {
            log.info("Embedded PostgreSQL stopped cleanly; OpenCSC's data is in {}", dataDir);
        }
        lock.ifPresent(DataDirectory.Lock::close);
    }
}
