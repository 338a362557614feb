package org.opencsc.returns.annexa;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Runs a list's query and hands its rows on one at a time. Inside a transaction PostgreSQL's
 * driver reads with a cursor when a fetch size is set, so a large council's list is never held
 * in memory whole: {@link AnnexAReturn} runs every list of a download in one read-only
 * transaction, which also makes the lists agree with each other (one snapshot).
 */
@Repository
class AnnexRows {

    /** Rows fetched per round trip: small enough to keep memory flat, large enough to keep the trips few. */
    static final int FETCH_SIZE = 1000;

    /** What a list's rows go to: the child's record id (for the access log) and the row's values. */
    interface Sink {
        void row(long personId, List<Object> values);
    }

    private final NamedParameterJdbcTemplate jdbc;

    AnnexRows(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    long count(AnnexList list, LocalDate date) {
        if (list.sql() == null) {
            return 0;
        }
        Long n = jdbc.queryForObject("SELECT count(*) FROM (" + list.sql() + ") rows", params(date), Long.class);
        return n == null ? 0 : n;
    }

    void stream(AnnexList list, LocalDate date, Sink sink) {
        if (list.sql() == null) {
            return;
        }
        jdbc.query(list.sql(), params(date), rs -> {
            sink.row(rs.getLong("person_id"), list.values(rs, date));
        });
    }

    private static Map<String, Object> params(LocalDate date) {
        return Map.of("date", date, "after6", date.minusMonths(6), "after12", date.minusMonths(12));
    }
}
