package org.opencsc.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/** Rows as PostgreSQL COPY csv: null is an empty field, an empty string is quoted. */
final class Csv {

    private Csv() {
    }

    static void row(StringBuilder sb, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = values[i];
            if (v != null) {
                String s = v.toString();
                if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.isEmpty()) {
                    sb.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else {
                    sb.append(s);
                }
            }
        }
        sb.append('\n');
    }

    /** Copies the rows in and empties the buffer. */
    static void copy(CopyManager copy, String table, StringBuilder rows) throws SQLException, IOException {
        if (!rows.isEmpty()) {
            copy.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)", new StringReader(rows.toString()));
            rows.setLength(0);
        }
    }
}
