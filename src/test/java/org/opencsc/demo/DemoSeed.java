package org.opencsc.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transaction that seeded the demo council, so a check reads only the rows it wrote (their
 * {@code xmin}), and when it ran. Events are never updated (append-only), so the first one still
 * carries the seeding transaction's id.
 */
record DemoSeed(String xid, Instant at, LocalDate on) {

    static DemoSeed find(JdbcClient jdbc) {
        String xid = jdbc.sql("SELECT xmin::text FROM event ORDER BY id LIMIT 1").query(String.class).single();
        Instant at = jdbc.sql("SELECT max(created_at) FROM person WHERE xmin = CAST(:seed AS xid)").param("seed", xid)
                .query(Timestamp.class).single().toInstant();
        return new DemoSeed(xid, at, at.atZone(ZoneId.of("Europe/London")).toLocalDate());
    }
}
