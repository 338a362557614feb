package org.opencsc.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The postmaster.pid file PostgreSQL keeps in its data directory while it runs: the server's
 * process number on the first line, its port on the fourth. PostgreSQL removes it on a clean
 * shutdown, so one left behind means the server is still running or died without shutting down.
 */
record PostmasterPid(long pid, Integer port) {

    static Optional<PostmasterPid> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + file, e);
        }
        try {
            long pid = Long.parseLong(lines.getFirst().strip());
            Integer port = lines.size() > 3 ? Integer.valueOf(lines.get(3).strip()) : null;
            return Optional.of(new PostmasterPid(pid, port));
        } catch (RuntimeException e) {
            // Half-written by a server killed as it started: nothing is running from it.
            return Optional.of(new PostmasterPid(-1, null));
        }
    }
}
