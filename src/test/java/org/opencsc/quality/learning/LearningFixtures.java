package org.opencsc.quality.learning;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.opencsc.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Templates, rounds and audits made with plain SQL on the V59 tables, so learning actions can be
 * tested before the parts that draw rounds and edit audits are merged; and accounts made for one test.
 */
public record LearningFixtures(JdbcClient jdbc) {

    public long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
    }

    /** A one-section template, a round by hand using it, due in a month. */
    public long round(String title) {
        long template = jdbc.sql("""
                        INSERT INTO audit_template (series_id, version, name, purpose, kind, created_at)
                        VALUES ((random() * 1e12)::bigint, 1, 'Test template', 'For tests', 'CASE_AUDIT', :now) RETURNING id
                        """)
                .param("now", Timestamp.from(Instant.now())).query(Long.class).single();
        jdbc.sql("UPDATE audit_template SET series_id = id WHERE id = :id").param("id", template).update();
        return jdbc.sql("""
                        INSERT INTO audit_round (title, kind, template_id, selection, due_on, created_at, created_by)
                        VALUES (:title, 'CASE_AUDIT', :t, 'BY_HAND', :due, :now, :by) RETURNING id
                        """)
                .param("title", title).param("t", template).param("due", Date.valueOf(LocalDate.now().plusMonths(1)))
                .param("now", Timestamp.from(Instant.now())).param("by", userId("auditor")).query(Long.class).single();
    }

    /** An audit of the child in a new round, led by "auditor", with the worker and their manager given. */
    public long audit(long child, String worker, String manager) {
        long round = round(Fixtures.uniqueSurname("Round"));
        return jdbc.sql("""
                        INSERT INTO audit (round_id, person_id, template_id, auditor_id, worker_id, worker_manager_id, team_id, status)
                        SELECT r.id, :child, r.template_id, :auditor, :worker, :manager,
                               (SELECT team_id FROM allocation WHERE person_id = :child AND end_date IS NULL ORDER BY id DESC LIMIT 1),
                               'IN_PROGRESS'
                        FROM audit_round r WHERE r.id = :round RETURNING id
                        """)
                .param("child", child).param("auditor", userId("auditor")).param("worker", userId(worker))
                .param("manager", userId(manager)).param("round", round).query(Long.class).single();
    }

    /** An account made for one test (password "demo"), in the named team (or none). */
    public long account(String role, String teamName) {
        String username = Fixtures.uniqueSurname("acct").toLowerCase();
        long id = jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role)
                        SELECT :u, password_hash, :name, :role FROM app_user WHERE username = 'social' RETURNING id
                        """)
                .param("u", username).param("name", "Test " + username).param("role", role).query(Long.class).single();
        if (teamName != null) {
            jdbc.sql("INSERT INTO team_member (team_id, user_id) SELECT id, :u FROM team WHERE name = :t").param("u", id).param("t", teamName)
                    .update();
        }
        return id;
    }

    public String username(long userId) {
        return jdbc.sql("SELECT username FROM app_user WHERE id = :id").param("id", userId).query(String.class).single();
    }
}
