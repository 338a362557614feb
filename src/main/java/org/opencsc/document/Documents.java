package org.opencsc.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a worker uploads to a child's record, listed, downloaded and withdrawn. Every read goes
 * through AccessPolicy (and so the access log); a download needs sight of every person the
 * document is about, so a letter to siblings is not opened through one child's record by someone
 * who may not see the other. Nothing is deleted (V57's triggers refuse it).
 */
@Service
public class Documents {

    /** What the upload form or the API sent, before any check. */
    public record Upload(String kind, String title, LocalDate documentDate, String fileName, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final EventLog events;
    private final Clock clock;
    private final DocumentStore store;
    private final long maxBytes;

    Documents(JdbcClient jdbc, AccessPolicy access, EventLog events, Clock clock, DocumentStore store,
              @Value("${opencsc.documents.max-bytes:20971520}") long maxBytes) {
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Every problem with an upload, by field (kind, title, documentDate, file); nothing is stored. */
    public String check(Upload upload, Problems problems) {
        DocumentKind kind = DocumentKind.parse(upload.kind()).orElse(null);
        if (kind == null || kind.generated()) {
            problems.add("kind", "Choose what kind of document this is");
        }
        if (upload.title() == null || upload.title().isBlank()) {
            problems.add("title", "Enter a title for the document");
        } else if (upload.title().strip().length() > 200) {
            problems.add("title", "The title must be 200 characters or fewer");
        }
        if (upload.documentDate() != null && upload.documentDate().isAfter(LocalDate.now(clock))) {
            problems.add("documentDate", "The document date must be today or in the past");
        }
        String media = null;
        try {
            String name = UploadCheck.safeName(upload.fileName());
            media = UploadCheck.mediaType(upload.content(), name, maxBytes);
        } catch (UploadCheck.Refused e) {
            problems.add("file", e.getMessage());
        }
        return media;
    }

    /** Checks, then keeps the file on the child's record with its chronology entry; throws ValidationException if refused. */
    @Transactional
    public long upload(long personId, Upload upload, CurrentUser user, AccessLog.Channel channel, String path) {
        access.checkCanRecord(user, personId, channel, path);
        Problems problems = new Problems();
        if (upload.documentDate() == null && !problems.has("documentDate")) {
            problems.add("documentDate", "Enter the date the document bears");
        }
        String media = check(upload, problems);
        problems.throwIfAny();
        DocumentKind kind = DocumentKind.parse(upload.kind()).orElseThrow();
        String name = upload.fileName().strip();
        Instant now = Instant.now(clock);
        String sha256 = GeneratedDocuments.sha256(upload.content());
        DocumentStore.Location location = store.write(upload.content(), sha256);
        long id = jdbc.sql("""
                        INSERT INTO document (version_number, kind, title, document_date, file_name, media_type,
                                              size_bytes, sha256, storage, storage_path, added_by, added_by_id, added_at)
                        VALUES (1, :kind, :title, :date, :file, :media, :size, :sha, :storage, :path, :by, :byId, :at)
                        RETURNING id
                        """)
                .param("kind", kind.name()).param("title", upload.title().strip()).param("date", upload.documentDate())
                .param("file", name).param("media", media).param("size", (long) upload.content().length)
                .param("sha", sha256).param("storage", location.storage()).param("path", location.path())
                .param("by", user.displayName()).param("byId", user.integration() ? null : user.id()).param("at", java.sql.Timestamp.from(now))
                .query(Long.class).single();
        store.keptInDatabase(id, location, upload.content());
        jdbc.sql("INSERT INTO document_subject (document_id, person_id) VALUES (:id, :person)")
                .param("id", id).param("person", personId).update();
        events.append(NewEvent.of(EventType.DOCUMENT_ADDED, now, user.displayName(),
                kind.label() + ": " + upload.title().strip(),
                "Document " + id + ", " + name + ", " + upload.content().length + " bytes, added by " + user.displayName(),
                List.of(personId)));
        return id;
    }

    /**
     * The documents on a person's record, newest first. The caller has opened the record (checked
     * and logged); a document also about someone the user may not see is left out, so a
     * restricted sibling's letter is not named here.
     */
    public List<DocumentListing> listFor(long personId, CurrentUser user) {
        List<Row> rows = jdbc.sql("""
                        SELECT d.id, d.kind, d.title, d.document_date, d.file_name, d.media_type, d.size_bytes,
                               d.version_number, d.added_by, d.added_by_id, d.added_at, d.withdrawn_at, d.withdrawn_by, d.withdrawn_reason,
                               (SELECT array_agg(s2.person_id) FROM document_subject s2 WHERE s2.document_id = d.id) AS subjects
                        FROM document d JOIN document_subject s ON s.document_id = d.id AND s.person_id = :person
                        ORDER BY d.added_at DESC, d.id DESC
                        """)
                .param("person", personId)
                .query((rs, n) -> new Row(new DocumentListing(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getObject("document_date", LocalDate.class), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getLong("size_bytes"), rs.getInt("version_number"),
                        rs.getString("added_by"), rs.getTimestamp("added_at").toInstant(),
                        rs.getTimestamp("withdrawn_at") == null ? null : rs.getTimestamp("withdrawn_at").toInstant(),
                        rs.getString("withdrawn_by"), rs.getString("withdrawn_reason"),
                        mayWithdraw(user, (Long) rs.getObject("added_by_id"))),
                        List.of((Long[]) rs.getArray("subjects").getArray())))
                .list();
        var seen = access.visibleIds(user, rows.stream().flatMap(r -> r.subjects().stream()).distinct().toList());
        return rows.stream().filter(r -> seen.containsAll(r.subjects())).map(Row::listing).toList();
    }

    private record Row(DocumentListing listing, List<Long> subjects) {
    }

    /** The bytes, for a user who may see every person the document is about (each view logged). */
    public DocumentDownload download(long personId, long documentId, CurrentUser user, AccessLog.Channel channel, String path) {
        List<Long> subjects = subjectsOf(personId, documentId);
        access.checkAndLogViews(user, subjects, channel, path);
        Kept kept = jdbc.sql("""
                        SELECT d.file_name, d.media_type, d.storage, d.storage_path, d.sha256, c.content FROM document d
                        LEFT JOIN document_content c ON c.document_id = d.id WHERE d.id = :id
                        """)
                .param("id", documentId)
                .query((rs, n) -> new Kept(rs.getString("file_name"), rs.getString("media_type"), rs.getString("storage"),
                        rs.getString("storage_path"), rs.getString("sha256"), rs.getBytes("content")))
                .optional().orElseThrow(() -> new NotFoundException("There is no such document"));
        // The file is read after the row, outside any row mapper, and checked against its sha256.
        byte[] content = kept.storage().equals("DIRECTORY") ? store.readFile(kept.storagePath(), kept.sha256()) : kept.content();
        return new DocumentDownload(kept.fileName(), kept.mediaType(), content);
    }

    private record Kept(String fileName, String mediaType, String storage, String storagePath, String sha256, byte[] content) {
    }

    /**
     * Who may withdraw a document: the person who added it (they know it was wrong), or a team
     * manager (who answers for the record). Others who may write on the case are refused, so one
     * worker cannot take another's document off the record.
     */
    static boolean mayWithdraw(CurrentUser user, Long addedById) {
        return user.is(Role.TEAM_MANAGER) || (!user.integration() && addedById != null && addedById == user.id());
    }

    /** Marks a wrong upload withdrawn with a reason (kept and shown); the file itself stays. */
    @Transactional
    public void withdraw(long personId, long documentId, String reason, CurrentUser user, AccessLog.Channel channel, String path) {
        List<Long> subjects = subjectsOf(personId, documentId);
        for (long subject : subjects) {
            access.checkCanRecord(user, subject, channel, path);
        }
        Long addedById = jdbc.sql("SELECT added_by_id FROM document WHERE id = :id").param("id", documentId)
                .query((rs, n) -> (Long) rs.getObject("added_by_id")).single();
        if (!mayWithdraw(user, addedById)) {
            throw new AccessDeniedException("Only the person who added this document, or a team manager, may withdraw it");
        }
        Problems problems = new Problems();
        if (reason == null || reason.isBlank()) {
            problems.add("reason", "Enter why the document is withdrawn");
        } else if (reason.strip().length() > 2000) {
            problems.add("reason", "The reason must be 2,000 characters or fewer");
        }
        problems.throwIfAny();
        Instant now = Instant.now(clock);
        int changed = jdbc.sql("""
                        UPDATE document SET withdrawn_at = :at, withdrawn_by = :by, withdrawn_reason = :reason
                        WHERE id = :id AND withdrawn_at IS NULL
                        """)
                .param("at", java.sql.Timestamp.from(now)).param("by", user.displayName()).param("reason", reason.strip()).param("id", documentId)
                .update();
        if (changed == 0) {
            problems.add("reason", "The document has already been withdrawn").throwIfAny();
        }
        String title = jdbc.sql("SELECT title FROM document WHERE id = :id").param("id", documentId).query(String.class).single();
        events.append(NewEvent.of(EventType.DOCUMENT_WITHDRAWN, now, user.displayName(), "Document withdrawn: " + title,
                "Document " + documentId + " withdrawn by " + user.displayName() + ": " + reason.strip(), subjects));
    }

    /** Everyone the document is about, or not found when it is not on this person's record. */
    private List<Long> subjectsOf(long personId, long documentId) {
        List<Long> subjects = jdbc.sql("SELECT person_id FROM document_subject WHERE document_id = :id ORDER BY person_id")
                .param("id", documentId).query(Long.class).list();
        if (!subjects.contains(personId)) {
            throw new NotFoundException("There is no such document on this record");
        }
        return subjects;
    }
}
