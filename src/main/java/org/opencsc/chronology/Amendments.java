package org.opencsc.chronology;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections to recorded work, kept beside the record they correct. The feature that owns the
 * record checks the new value and who may correct it, updates the record, and calls
 * {@link #record} in the same transaction; the correction also goes on the child's chronology.
 */
@Service
public class Amendments {

    private final JdbcClient jdbc;
    private final EventLog events;
    private final Clock clock;

    Amendments(JdbcClient jdbc, EventLog events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(Amendment.New a) {
        Instant now = Instant.now(clock);
        jdbc.sql("""
                        INSERT INTO amendment (person_id, record_type, record_id, field, old_value, new_value, reason,
                                               amended_by, amended_at)
                        VALUES (:person, :type, :record, :field, :old, :new, :reason, :by, :at)
                        """)
                .param("person", a.personId()).param("type", a.recordType()).param("record", a.recordId())
                .param("field", a.field()).param("old", a.oldValue()).param("new", a.newValue()).param("reason", a.reason())
                .param("by", a.amendedBy()).param("at", Timestamp.from(now))
                .update();
        events.append(NewEvent.of(EventType.AMENDMENT, now, a.amendedBy(),
                "Corrected " + a.fieldLabel() + " of the " + a.recordLabel() + ": " + a.reason(),
                "Was: " + a.oldValue() + "\nNow: " + a.newValue(), List.of(a.personId())));
    }

    /** The corrections to one record, oldest first (the caller has checked access to it). */
    public List<Amendment> forRecord(String recordType, long recordId) {
        return jdbc.sql("SELECT * FROM amendment WHERE record_type = :type AND record_id = :id ORDER BY amended_at, id")
                .param("type", recordType).param("id", recordId)
                .query((rs, n) -> new Amendment(rs.getLong("id"), rs.getLong("person_id"), rs.getString("record_type"),
                        rs.getLong("record_id"), rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
                        rs.getString("reason"), rs.getString("amended_by"), rs.getTimestamp("amended_at").toInstant()))
                .list();
    }
}
