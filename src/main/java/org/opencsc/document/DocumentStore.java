package org.opencsc.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a document's bytes are kept: in PostgreSQL ({@code document_content}, when
 * {@code opencsc.documents.directory} is empty) or as a file under that directory. A file is named
 * from its sha256, never from the user's name, so no name can reach outside the directory, and
 * the same content is one file. It is written to a temporary file, forced to disk and moved into
 * place atomically before the row that points to it is inserted, so a committed row never points
 * at a half-written file. Reading checks the sha256 again, so a file lost or changed on disk is a
 * clear {@link Unavailable}, never wrong bytes.
 */
@Component
class DocumentStore {

    /** The stored file is missing or no longer the bytes that were kept. */
    static class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What the document row records about where its bytes are. */
    record Location(String storage, String path) {
    }

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

    private final JdbcClient jdbc;
    private final Path directory;

    DocumentStore(JdbcClient jdbc, @Value("${opencsc.documents.directory:}") String directory) {
        this.jdbc = jdbc;
        this.directory = directory == null || directory.isBlank() ? null : Path.of(directory.strip()).toAbsolutePath().normalize();
        if (this.directory != null) {
            usable(this.directory);
        }
    }

    /** A misconfigured directory stops the start, rather than the first upload failing in front of a worker. */
    private static void usable(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("opencsc.documents.directory " + dir + " cannot be created", e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new IllegalStateException("opencsc.documents.directory " + dir + " is not a directory OpenCSC can write to");
        }
    }

    boolean inDirectory() {
        return directory != null;
    }

    /** Writes the file (directory storage) before the document row is inserted; the database row comes later via {@link #keptInDatabase}. */
    Location write(byte[] content, String sha256) {
        if (directory == null) {
            return new Location("DATABASE", null);
        }
        String relative = sha256.substring(0, 2) + "/" + sha256;
        Path target = directory.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target) && sha256Of(target).equals(sha256)) {
                return new Location("DIRECTORY", relative); // the same bytes are already kept
            }
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                    out.force(true);
                }
                moveAtomically(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            forceDirectory(target.getParent());
            return new Location("DIRECTORY", relative);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the document under " + directory, e);
        }
    }

    /** Keeps the bytes in the database when that is where this document's row says they are. */
    void keptInDatabase(long documentId, Location location, byte[] content) {
        if (location.storage().equals("DATABASE")) {
            jdbc.sql("INSERT INTO document_content (document_id, content) VALUES (:id, :content)")
                    .param("id", documentId).param("content", content).update();
        }
    }

    /** The bytes of a file kept under the directory, checked against the sha256 the row recorded. */
    byte[] readFile(String relative, String sha256) {
        if (directory == null) {
            throw new Unavailable("This document is kept in a document directory, but no directory is configured"
                    + " (opencsc.documents.directory). Ask your administrator.", null);
        }
        Path file = directory.resolve(relative).normalize();
        if (!file.startsWith(directory)) {
            throw new Unavailable("This document's stored path is outside the document directory. Ask your administrator.", null);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Unavailable("This document's file is missing from the document directory. Ask your administrator"
                    + " to restore it from the backup.", e);
        } catch (IOException e) {
            throw new Unavailable("This document's file could not be read from the document directory. Ask your administrator.", e);
        }
        if (!GeneratedDocuments.sha256(bytes).equals(sha256)) {
            throw new Unavailable("This document's file in the document directory has changed since it was kept, so it is"
                    + " not given out. Ask your administrator to restore it from the backup.", null);
        }
        return bytes;
    }

    /** An administrator must hear of a lost or changed file even though the user sees a clear page. */
    static void logUnavailable(Unavailable e) {
        log.error("Document store: {}", e.getMessage(), e.getCause());
    }

    private static void moveAtomically(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The document directory's file system cannot move files atomically", e);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Another file is in the way of " + target, e);
        }
    }

    /** So the new directory entry itself survives a power cut (not possible on every OS; best effort). */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory this way; the file itself was forced before the move.
        }
    }

    private static String sha256Of(Path file) throws IOException {
        return GeneratedDocuments.sha256(Files.readAllBytes(file));
    }
}
