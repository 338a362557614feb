package org.opencsc.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * What a durable data directory must be before the embedded server starts on it. Stopping a
 * real orphaned server is proven on the packaged application by {@link RestartIT}.
 */
class DataDirectoryTest {

    @TempDir
    Path work;
    /** In a directory of its own, as OpenCSC's lock file sits beside it. */
    Path dir;
    private final List<DataDirectory.Lock> locks = new ArrayList<>();
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void newDataDirectory() throws IOException {
        dir = Files.createDirectories(work.resolve("data"));
    }

    @AfterEach
    void releaseLocksAndStopProcesses() {
        locks.forEach(DataDirectory.Lock::close);
        started.forEach(Process::destroyForcibly);
    }

    /** Prepares, and holds the lock until the test ends, as the running server does. */
    private void prepare(Path data, int port) {
        locks.add(DataDirectory.prepare(data, port));
    }

    @Test
    void aNewDirectoryIsCreatedAndAcceptedEmpty() throws IOException {
        Path data = work.resolve("nested/data");
        prepare(data, freePort());
        assertThat(data).isEmptyDirectory();
        assertThat(work.resolve("nested/data.lock")).as("OpenCSC's lock, beside the directory initdb wants empty").exists();
    }

    @Test
    void aDirectoryHoldingSomethingElseIsRefused() throws IOException {
        Files.writeString(dir.resolve("thesis.docx"), "not a database");
        assertThatThrownBy(() -> prepare(dir, freePort()))
                .hasMessageContaining("holds no PostgreSQL data").hasMessageContaining("thesis.docx");
        assertThat(dir.resolve("thesis.docx")).exists();
    }

    @Test
    void aPostmasterPidWhoseProcessIsGoneIsRemoved() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        assertThat(exited.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Path pidFile = postgresDataWithPidFile(exited.pid());

        prepare(dir, freePort());

        assertThat(pidFile).doesNotExist();
        assertThat(dir.resolve("PG_VERSION")).exists();
    }

    @Test
    void aPostmasterPidNamingAnotherLiveProgramIsStaleAndRemoved() throws Exception {
        // Process numbers are reused: the number recorded is now this JVM, not a PostgreSQL.
        Path pidFile = postgresDataWithPidFile(ProcessHandle.current().pid());

        prepare(dir, freePort());

        assertThat(pidFile).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void aHalfWrittenPostmasterPidIsRemoved() throws Exception {
        Files.writeString(dir.resolve("PG_VERSION"), DataDirectory.POSTGRES_MAJOR_VERSION + "\n");
        Path pidFile = Files.writeString(dir.resolve("postmaster.pid"), "");

        prepare(dir, freePort());

        assertThat(pidFile).doesNotExist();
    }

    @Test
    void aDirectoryLockedByARunningServerIsRefused() throws Exception {
        Files.writeString(dir.resolve("PG_VERSION"), DataDirectory.POSTGRES_MAJOR_VERSION + "\n");
        try (FileChannel channel = FileChannel.open(dir.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            assertThat(held.isValid()).isTrue();
            assertThatThrownBy(() -> prepare(dir, freePort()))
                    .hasMessageContaining("in use by another running OpenCSC");
        }
        // The lock file a dead server leaves behind, locked by nobody, is no obstacle.
        DataDirectory.prepare(dir, freePort()).close();
    }

    @Test
    void aSecondOpenCscOnTheSameDirectoryIsRefusedWhileTheFirstRuns() throws Exception {
        Path link = Files.createSymbolicLink(work.resolve("link"), dir);
        int port = freePort();
        DataDirectory.Lock first = DataDirectory.prepare(dir, port);
        locks.add(first);

        // Before its server has started, so no epg-lock or postmaster.pid yet: the moment two
        // OpenCSCs started together on a new directory used to both pass the checks.
        assertThat(dir).isEmptyDirectory();
        assertThatThrownBy(() -> DataDirectory.prepare(dir, port))
                .isInstanceOf(EmbeddedDatabaseException.class).hasMessageContaining("is in use by another running OpenCSC");
        assertThatThrownBy(() -> DataDirectory.prepare(link, port)).as("the same directory through a symbolic link")
                .hasMessageContaining("is in use by another running OpenCSC");

        first.close();
        DataDirectory.prepare(link, port).close();
    }

    @Test
    void aLeftoverServerStartedThroughASymbolicLinkIsStoppedNotTakenForAnotherProgram() throws Exception {
        Path link = Files.createSymbolicLink(work.resolve("link"), dir);
        // Stands in for the orphan: a program named postgres whose arguments give the directory
        // as the killed OpenCSC did, through the link ("sleep; true" so the shell does not exec sleep).
        Path fakePostgres = Files.copy(Path.of("/bin/sh"), work.resolve("postgres"));
        Process orphan = new ProcessBuilder(fakePostgres.toString(), "-c", "sleep 60; true", "-D", link.toString()).start();
        started.add(orphan);
        Path pidFile = postgresDataWithPidFile(orphan.pid());

        prepare(dir, freePort());

        assertThat(orphan.waitFor(10, TimeUnit.SECONDS)).as("the leftover server was shut down").isTrue();
        assertThat(pidFile).as("left for PostgreSQL itself, which removes it as it stops").exists();
    }

    @Test
    void anotherMajorVersionsDataIsRefusedWithWhatToDo() throws IOException {
        Files.writeString(dir.resolve("PG_VERSION"), "18\n");

        assertThatThrownBy(() -> prepare(dir, freePort()))
                .hasMessageContaining("holds PostgreSQL 18 data").hasMessageContaining("runs PostgreSQL "
                        + DataDirectory.POSTGRES_MAJOR_VERSION);
    }

    @Test
    void aPortAnotherProgramListensOnIsRefused() throws IOException {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertThatThrownBy(() -> prepare(dir, other.getLocalPort()))
                    .hasMessageContaining("Port " + other.getLocalPort()).hasMessageContaining("OPENCSC_DB_PORT")
                    .satisfies(e -> {
                        // Shown as Spring Boot's "APPLICATION FAILED TO START" description and action.
                        FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer()
                                .analyze(new IllegalStateException("Error creating bean 'dataSource'", e));
                        assertThat(analysis.getDescription()).contains("is in use by another program");
                        assertThat(analysis.getAction()).contains("set OPENCSC_DB_PORT to a free port");
                    });
        }
    }

    private Path postgresDataWithPidFile(long pid) throws IOException {
        Files.writeString(dir.resolve("PG_VERSION"), DataDirectory.POSTGRES_MAJOR_VERSION + "\n");
        return Files.writeString(dir.resolve("postmaster.pid"),
                pid + "\n" + dir + "\n1733000000\n54320\n/tmp\nlocalhost\n  1234567  7\nready   \n");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
