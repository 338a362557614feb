package org.opencsc.demo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for several tables, with their ids handed out here, loaded with COPY in foreign-key
 * order; the generated journeys and long histories go straight into the tables this way, at a
 * large council's size in seconds. Chronology events are rows too (event plus event_subject).
 */
final class CopyRows {

    static final String EVENT = "event (id, type, note_type, occurred_at, recorded_at, recorded_by, summary, detail)";
    static final String SUBJECT = "event_subject (event_id, person_id, occurred_at)";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final List<String> tableOrder;
    private final Map<String, StringBuilder> rows = new HashMap<>();
    private final Map<String, Long> nextIds = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    /** {@code tableOrder}: each table's "name (columns)" in foreign-key order; events are added last. */
    CopyRows(JdbcClient jdbc, DataSource dataSource, List<String> tableOrder) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tableOrder = new ArrayList<>(tableOrder);
        this.tableOrder.addAll(List.of(EVENT, SUBJECT));
    }

    void row(String table, Object... values) {
        Csv.row(rows.computeIfAbsent(table, k -> new StringBuilder()), values);
    }

    /** The next id of a table, starting after the rows already there. */
    long id(String table) {
        long id = nextIds.computeIfAbsent(table, t -> jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM " + t)
                .query(Long.class).single());
        nextIds.put(table, id + 1);
        return id;
    }

    void event(String type, Instant at, String by, String summary, String detail, long personId) {
        long id = id("event");
        row(EVENT, id, type, null, at, at, by, summary, detail);
        row(SUBJECT, id, personId, at);
    }

    void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    String counts() {
        return counts.toString();
    }

    /** Copies every table in, then moves each identity sequence past the ids handed out. */
    void load() {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tableOrder) {
                if (rows.containsKey(table)) {
                    Csv.copy(copy, table, rows.get(table));
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not load generated rows", e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
        for (String table : nextIds.keySet()) {
            jdbc.sql("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT coalesce(max(id), 1) FROM " + table + "))")
                    .query(Long.class).single();
        }
    }
}
