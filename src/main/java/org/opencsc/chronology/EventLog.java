package org.opencsc.chronology;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The append-only event log every chronology is read from. Features append events as they
 * change a record; nothing updates or deletes one (the table refuses).
 */
@Repository
public class EventLog {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;

    EventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long append(NewEvent e) {
        if (e.subjectIds().isEmpty()) {
            throw new IllegalArgumentException("An event must be about at least one person");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO event (type, note_type, occurred_at, recorded_by, summary, detail, also_about)
                        VALUES (:type, :noteType, :occurred, :by, :summary, :detail, :alsoAbout)
                        """)
                .param("type", e.type().name())
                .param("noteType", e.noteType() == null ? null : e.noteType().name())
                .param("occurred", Timestamp.from(e.occurredAt()))
                .param("by", e.recordedBy())
                .param("summary", e.summary())
                .param("detail", e.detail())
                .param("alsoAbout", e.alsoAboutIds() == null || e.alsoAboutIds().isEmpty() ? null
                        : e.alsoAboutIds().stream().distinct().toArray(Long[]::new))
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("""
                        INSERT INTO event_subject (event_id, person_id, occurred_at)
                        SELECT :id, unnest(:people::bigint[]), :occurred ON CONFLICT DO NOTHING
                        """)
                .param("id", id)
                .param("people", e.subjectIds().stream().distinct().toArray(Long[]::new))
                .param("occurred", Timestamp.from(e.occurredAt()))
                .update();
        return id;
    }

    /**
     * Events written by a census import (issue 11), many at once and each marked with the import
     * that wrote it: tens of thousands of children are loaded in one transaction, so the rows go
     * in a few statements, not two round trips per event.
     */
    public void appendImported(List<NewEvent> events, long censusImportId) {
        for (int from = 0; from < events.size(); from += IMPORT_BATCH) {
            List<NewEvent> chunk = events.subList(from, Math.min(events.size(), from + IMPORT_BATCH));
            List<Long> ids = jdbc.sql("SELECT nextval(pg_get_serial_sequence('event', 'id')) FROM generate_series(1, :n)")
                    .param("n", chunk.size()).query(Long.class).list();
            List<Long> subjectEvents = new ArrayList<>();
            List<Long> subjects = new ArrayList<>();
            List<String> subjectTimes = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                NewEvent e = chunk.get(i);
                if (e.subjectIds().isEmpty()) {
                    throw new IllegalArgumentException("An event must be about at least one person");
                }
                for (Long person : e.subjectIds().stream().distinct().toList()) {
                    subjectEvents.add(ids.get(i));
                    subjects.add(person);
                    subjectTimes.add(e.occurredAt().toString());
                }
            }
            jdbc.sql("""
                            INSERT INTO event (id, type, note_type, occurred_at, recorded_by, summary, detail, census_import_id)
                            SELECT u.id, u.type, u.note_type, u.occurred_at, u.recorded_by, u.summary, u.detail, :import
                            FROM unnest(:ids::bigint[], :types::text[], :noteTypes::text[], CAST(:occurred AS text[])::timestamptz[],
                                        :by::text[], :summaries::text[], :details::text[])
                                 AS u(id, type, note_type, occurred_at, recorded_by, summary, detail)
                            """)
                    .param("ids", ids.toArray(Long[]::new))
                    .param("types", chunk.stream().map(e -> e.type().name()).toArray(String[]::new))
                    .param("noteTypes", chunk.stream().map(e -> e.noteType() == null ? null : e.noteType().name()).toArray(String[]::new))
                    .param("occurred", chunk.stream().map(e -> e.occurredAt().toString()).toArray(String[]::new))
                    .param("by", chunk.stream().map(NewEvent::recordedBy).toArray(String[]::new))
                    .param("summaries", chunk.stream().map(NewEvent::summary).toArray(String[]::new))
                    .param("details", chunk.stream().map(NewEvent::detail).toArray(String[]::new))
                    .param("import", censusImportId)
                    .update();
            jdbc.sql("""
                            INSERT INTO event_subject (event_id, person_id, occurred_at)
                            SELECT * FROM unnest(:events::bigint[], :people::bigint[], CAST(:occurred AS text[])::timestamptz[])
                            ON CONFLICT DO NOTHING
                            """)
                    .param("events", subjectEvents.toArray(Long[]::new))
                    .param("people", subjects.toArray(Long[]::new))
                    .param("occurred", subjectTimes.toArray(String[]::new))
                    .update();
        }
    }

    private static final int IMPORT_BATCH = 5_000;

    /**
     * Newest first, for a person and the records merged into them, in full: for checks and for
     * {@link ChronologyReader}, which is what a user is shown.
     */
    public List<ChronologyEntry> chronology(List<Long> personIds, ChronologyFilter f) {
        StringBuilder sql = new StringBuilder("""
                SELECT e.id, e.type, e.note_type, e.occurred_at, e.recorded_at, e.recorded_by, e.summary, e.detail, e.also_about,
                       (SELECT array_agg(s.person_id ORDER BY s.person_id) FROM event_subject s WHERE s.event_id = e.id) AS subjects
                FROM (SELECT DISTINCT es.event_id, es.occurred_at FROM event_subject es
                      WHERE es.person_id = ANY(:people::bigint[])""");
        List<Object[]> params = new ArrayList<>();
        if (f.from() != null) {
            sql.append(" AND es.occurred_at >= :from");
            params.add(new Object[] {"from", Timestamp.from(f.from().atStartOfDay(LONDON).toInstant())});
        }
        if (f.to() != null) {
            sql.append(" AND es.occurred_at < :to");
            params.add(new Object[] {"to", Timestamp.from(f.to().plusDays(1).atStartOfDay(LONDON).toInstant())});
        }
        sql.append(") es JOIN event e ON e.id = es.event_id WHERE true");
        if (!f.types().isEmpty() || !f.noteTypes().isEmpty()) {
            sql.append(" AND (e.type = ANY(:types::text[]) OR e.note_type = ANY(:noteTypes::text[]))");
            params.add(new Object[] {"types", f.types().stream().map(Enum::name).toArray(String[]::new)});
            params.add(new Object[] {"noteTypes", f.noteTypes().stream().map(Enum::name).toArray(String[]::new)});
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" AND (e.summary ILIKE :text OR e.detail ILIKE :text)");
            params.add(new Object[] {"text", "%" + f.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"});
        }
        sql.append(" ORDER BY es.occurred_at DESC, es.event_id DESC LIMIT :limit OFFSET :offset");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString())
                .param("people", personIds.toArray(Long[]::new))
                .param("limit", f.limit())
                .param("offset", f.offset());
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return spec.query((rs, n) -> new ChronologyEntry(
                        rs.getLong("id"),
                        EventType.valueOf(rs.getString("type")),
                        rs.getString("note_type") == null ? null : CaseNoteType.valueOf(rs.getString("note_type")),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"),
                        rs.getString("summary"),
                        rs.getString("detail"),
                        Arrays.asList((Long[]) rs.getArray("subjects").getArray()),
                        rs.getArray("also_about") == null ? List.of() : Arrays.asList((Long[]) rs.getArray("also_about").getArray()),
                        false, false))
                .list();
    }
}
