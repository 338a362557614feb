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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * What a durable data directory must be before the embedded server starts on it. Stopping a
 * real orphaned server is proven on the packaged application by {@link RestartIT}.
 */
class DataDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aNewDirectoryIsCreatedAndAcceptedEmpty() throws IOException {
        Path data = dir.resolve("nested/data");
        DataDirectory.prepare(data, freePort());
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void aDirectoryHoldingSomethingElseIsRefused() throws IOException {
        Files.writeString(dir.resolve("thesis.docx"), "not a database");
        assertThatThrownBy(() -> DataDirectory.prepare(dir, freePort()))
                .hasMessageContaining("holds no PostgreSQL data").hasMessageContaining("thesis.docx");
        assertThat(dir.resolve("thesis.docx")).exists();
    }

    @Test
    void aPostmasterPidWhoseProcessIsGoneIsRemoved() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        assertThat(exited.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Path pidFile = postgresDataWithPidFile(exited.pid());

        DataDirectory.prepare(dir, freePort());

        assertThat(pidFile).doesNotExist();
        assertThat(dir.resolve("PG_VERSION")).exists();
    }

    @Test
    void aPostmasterPidNamingAnotherLiveProgramIsStaleAndRemoved() throws Exception {
        // Process numbers are reused: the number recorded is now this JVM, not a PostgreSQL.
        Path pidFile = postgresDataWithPidFile(ProcessHandle.current().pid());

        DataDirectory.prepare(dir, freePort());

        assertThat(pidFile).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void aHalfWrittenPostmasterPidIsRemoved() throws Exception {
        Files.writeString(dir.resolve("PG_VERSION"), DataDirectory.POSTGRES_MAJOR_VERSION + "\n");
        Path pidFile = Files.writeString(dir.resolve("postmaster.pid"), "");

        DataDirectory.prepare(dir, freePort());

        assertThat(pidFile).doesNotExist();
    }

    @Test
    void aDirectoryLockedByARunningServerIsRefused() throws Exception {
        Files.writeString(dir.resolve("PG_VERSION"), DataDirectory.POSTGRES_MAJOR_VERSION + "\n");
        try (FileChannel channel = FileChannel.open(dir.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            assertThat(held.isValid()).isTrue();
            assertThatThrownBy(() -> DataDirectory.prepare(dir, freePort()))
                    .hasMessageContaining("in use by another running OpenCSC");
        }
        // The lock file a dead server leaves behind, locked by nobody, is no obstacle.
        DataDirectory.prepare(dir, freePort());
    }

    @Test
    void anotherMajorVersionsDataIsRefusedWithWhatToDo() throws IOException {
        Files.writeString(dir.resolve("PG_VERSION"), "18\n");

        assertThatThrownBy(() -> DataDirectory.prepare(dir, freePort()))
                .hasMessageContaining("holds PostgreSQL 18 data").hasMessageContaining("runs PostgreSQL "
                        + DataDirectory.POSTGRES_MAJOR_VERSION);
    }

    @Test
    void aPortAnotherProgramListensOnIsRefused() throws IOException {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertThatThrownBy(() -> DataDirectory.prepare(dir, other.getLocalPort()))
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
