package org.opencsc.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a document OpenCSC generated on the records it is about, in the caller's transaction (a
 * letter and the record of its sending are saved together or not at all), with its chronology
 * entry. The caller has checked that the user may write on every record. A new version of a
 * series takes the next number; nothing earlier is changed.
 */
@Service
public class GeneratedDocuments {

    private final JdbcClient jdbc;
    private final EventLog events;
    private final Clock clock;
    private final DocumentStore store;

    GeneratedDocuments(JdbcClient jdbc, EventLog events, Clock clock, DocumentStore store) {
        this.jdbc = jdbc;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public StoredDocument add(GeneratedDocument doc, CurrentUser user) {
        if (!doc.kind().generated() || doc.content() == null || doc.content().length == 0 || doc.subjectIds().isEmpty()) {
            throw new IllegalArgumentException("A generated document needs a generated kind, content and at least one person");
        }
        int version = doc.seriesId() == null ? 1 : jdbc.sql("""
                        SELECT max(version_number) + 1 FROM document WHERE id = :series OR series_id = :series
                        """).param("series", doc.seriesId()).query(Integer.class).single();
        Instant now = Instant.now(clock);
        String sha256 = sha256(doc.content());
        DocumentStore.Location location = store.write(doc.content(), sha256);
        long id = jdbc.sql("""
                        INSERT INTO document (series_id, version_number, kind, title, document_date, file_name, media_type,
                                              size_bytes, sha256, storage, storage_path, added_by, added_by_id, added_at)
                        VALUES (:series, :version, :kind, :title, :date, :file, :media, :size, :sha, :storage, :path, :by, :byId, :at)
                        RETURNING id
                        """)
                .param("series", doc.seriesId()).param("version", version).param("kind", doc.kind().name())
                .param("title", doc.title()).param("date", doc.documentDate()).param("file", doc.fileName())
                .param("media", doc.mediaType()).param("size", (long) doc.content().length).param("sha", sha256)
                .param("storage", location.storage()).param("path", location.path())
                .param("by", user.displayName()).param("byId", user.integration() ? null : user.id()).param("at", java.sql.Timestamp.from(now))
                .query(Long.class).single();
        store.keptInDatabase(id, location, doc.content());
        for (long personId : doc.subjectIds()) {
            jdbc.sql("INSERT INTO document_subject (document_id, person_id) VALUES (:id, :person)")
                    .param("id", id).param("person", personId).update();
        }
        events.append(NewEvent.of(EventType.DOCUMENT_ADDED, now, user.displayName(),
                doc.kind().label() + ": " + doc.title() + (version > 1 ? " (version " + version + ")" : ""),
                "Document " + id + ", " + doc.fileName() + ", " + doc.content().length + " bytes, added by " + user.displayName(),
                List.copyOf(doc.subjectIds())));
        return new StoredDocument(id, doc.seriesId() == null ? id : doc.seriesId(), version, sha256, doc.content().length);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
