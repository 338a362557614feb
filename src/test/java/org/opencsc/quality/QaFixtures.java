package org.opencsc.quality;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the quality tests draw from: a team of their own (so a filter on it finds exactly the
 * children made here), children allocated to it with a worker, and test accounts (password
 * "demo") for roles the demo has only one of, or none.
 */
public record QaFixtures(JdbcClient jdbc, Fixtures fixtures) {

    public long team() {
        return jdbc.sql("INSERT INTO team (name, service_area, kind) VALUES (:n, 'North', 'SAFEGUARDING') RETURNING id")
                .param("n", Fixtures.uniqueSurname("QA test team ")).query(Long.class).single();
    }

    /** {@code n} children held by the team, allocated to {@code worker}, in id order. */
    public List<Long> children(long teamId, int n, String worker) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long child = fixtures.child("Qa", Fixtures.uniqueSurname("Drawn"), LocalDate.of(2016, 3, 1));
            jdbc.sql("""
                            INSERT INTO allocation (person_id, team_id, worker_id, start_date)
                            SELECT :p, :t, id, :d FROM app_user WHERE username = :w""")
                    .param("p", child).param("t", teamId).param("w", worker).param("d", Date.valueOf(LocalDate.of(2025, 1, 1))).update();
            ids.add(child);
        }
        return ids;
    }

    public void restrict(long personId) {
        jdbc.sql("UPDATE person SET restricted = true WHERE id = :id").param("id", personId).update();
    }

    public long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
    }

    /** A test account with the role, access ending at {@code expires} (null: no end). */
    public String account(String role, Instant expires) {
        String username = Fixtures.uniqueSurname("qa").toLowerCase();
        jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role, access_expires_at)
                        SELECT :u, password_hash, :name, :role, :exp FROM app_user WHERE username = 'social'""")
                .param("u", username).param("name", "Test " + username).param("role", role)
                .param("exp", expires == null ? null : Timestamp.from(expires)).update();
        return username;
    }

    public long defaultTemplateId(String kind) {
        return jdbc.sql("""
                        SELECT t.id FROM audit_template t JOIN audit_template first ON first.id = t.series_id
                        WHERE first.created_by IS NULL AND t.superseded_at IS NULL AND t.kind = :k ORDER BY t.id LIMIT 1""")
                .param("k", kind).query(Long.class).single();
    }
}
