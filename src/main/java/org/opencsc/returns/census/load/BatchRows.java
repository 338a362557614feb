package org.opencsc.returns.census.load;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for one table, inserted a few thousand at a time in one statement ({@code INSERT ...
 * SELECT FROM unnest(arrays)}): a 25,000-child file becomes a few dozen statements instead of
 * hundreds of thousands of round trips. Each column's values travel as text and are cast to the
 * column's type by PostgreSQL, so the column's own checks decide what is valid.
 */
final class BatchRows {

    private static final int CHUNK = 5_000;

    private final String table;
    private final List<String> columns;
    private final List<String> types;
    private final List<String[]> rows = new ArrayList<>();
    private int written;

    /** {@code columnsAndTypes}: "name type" pairs, e.g. "person_id bigint", "factors text[]". */
    BatchRows(String table, String... columnsAndTypes) {
        this.table = table;
        this.columns = new ArrayList<>();
        this.types = new ArrayList<>();
        for (String c : columnsAndTypes) {
            String[] parts = c.trim().split("\\s+", 2);
            columns.add(parts[0]);
            types.add(parts[1]);
        }
    }

    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size() + " columns");
        }
        String[] row = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            row[i] = text(values[i]);
        }
        rows.add(row);
    }

    int pending() {
        return rows.size();
    }

    int written() {
        return written;
    }

    void flush(JdbcClient jdbc) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<String[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            StringBuilder select = new StringBuilder();
            StringBuilder unnest = new StringBuilder();
            for (int c = 0; c < columns.size(); c++) {
                select.append(c == 0 ? "" : ", ").append("CAST(u.c").append(c).append(" AS ").append(types.get(c)).append(')');
                unnest.append(c == 0 ? "" : ", ").append("CAST(:c").append(c).append(" AS text[])");
            }
            String aliases = java.util.stream.IntStream.range(0, columns.size()).mapToObj(c -> "c" + c)
                    .collect(Collectors.joining(", "));
            JdbcClient.StatementSpec spec = jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                    + select + " FROM unnest(" + unnest + ") AS u(" + aliases + ")");
            for (int c = 0; c < columns.size(); c++) {
                int column = c;
                spec = spec.param("c" + c, chunk.stream().map(r -> r[column]).toArray(String[]::new));
            }
            written += spec.update();
        }
        rows.clear();
    }

    private static String text(Object v) {
        return switch (v) {
            case null -> null;
            case LocalDate d -> d.toString();
            case Instant i -> i.toString();
            case Collection<?> list -> list.stream()
                    .map(x -> "\"" + x.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                    .collect(Collectors.joining(",", "{", "}"));
            default -> v.toString();
        };
    }
}
