package org.opencsc.plainenglish;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The jargon list (table plain_english_term, V56): read on every check, so a term an administrator adds counts at once. */
@Repository
class JargonTerms {

    private final JdbcClient jdbc;
    private final Clock clock;

    JargonTerms(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<JargonTerm> all() {
        return jdbc.sql("SELECT id, term, plain_alternative, blocking FROM plain_english_term ORDER BY lower(term)")
                .query((rs, n) -> new JargonTerm(rs.getLong("id"), rs.getString("term"), rs.getString("plain_alternative"),
                        rs.getBoolean("blocking")))
                .list();
    }

    boolean exists(String term) {
        return jdbc.sql("SELECT count(*) FROM plain_english_term WHERE lower(term) = lower(?)").param(term.trim())
                .query(Long.class).single() > 0;
    }

    long add(String term, String plainAlternative, boolean blocking, Long addedById) {
        return jdbc.sql("""
                        INSERT INTO plain_english_term (term, plain_alternative, blocking, added_by_id, added_at)
                        VALUES (?, ?, ?, ?, ?) RETURNING id
                        """)
                .params(term.trim(), plainAlternative.trim(), blocking, addedById, OffsetDateTime.now(clock))
                .query(Long.class).single();
    }
}
