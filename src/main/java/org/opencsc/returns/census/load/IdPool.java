package org.opencsc.returns.census.load;

import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ids taken from a table's identity sequence a thousand at a time, so that a batch can name the
 * parent rows its children refer to before any of them is written.
 */
final class IdPool {

    private static final int BLOCK = 1_000;

    private final JdbcClient jdbc;
    private final String table;
    private final Deque<Long> ids = new ArrayDeque<>();

    IdPool(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    long next() {
        if (ids.isEmpty()) {
            ids.addAll(jdbc.sql("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")
                    .param("table", table).param("n", BLOCK).query(Long.class).list());
        }
        return ids.removeFirst();
    }
}
