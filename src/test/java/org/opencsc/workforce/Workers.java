package org.opencsc.workforce;

import java.time.LocalDate;
import org.opencsc.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Workers made for one test, so supervision dates never collide with another test's: a social
 * worker in a named team (password "demo", like the demo users) and children allocated to them.
 */
record Workers(JdbcClient jdbc) {

    record Worker(long id, String username) {
    }

    /** A social worker line-managed by the demo North team manager ("manager"), who so records their supervision. */
    Worker socialWorker(String teamName, boolean newlyQualified, LocalDate startedOn) {
        return worker(teamName, newlyQualified, startedOn, "manager");
    }

    Worker worker(String teamName, boolean newlyQualified, LocalDate startedOn, String lineManager) {
        return account("SOCIAL_WORKER", teamName, newlyQualified, startedOn, lineManager);
    }

    /** A team manager in the team, line-managed by the given user (a username). */
    Worker manager(String teamName, String lineManager) {
        return account("TEAM_MANAGER", teamName, false, null, lineManager);
    }

    private Worker account(String role, String teamName, boolean newlyQualified, LocalDate startedOn, String lineManager) {
        String username = Fixtures.uniqueSurname("sw");
        long id = jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role, newly_qualified, started_on, line_manager_id)
                        SELECT :u, password_hash, :name, :role, :nq, :started,
                               (SELECT id FROM app_user WHERE username = :lm)
                        FROM app_user WHERE username = 'social'
                        RETURNING id
                        """)
                .param("u", username).param("name", "Worker " + username).param("nq", newlyQualified).param("started", startedOn)
                .param("lm", lineManager).param("role", role)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO team_member (team_id, user_id) SELECT id, :u FROM team WHERE name = :t")
                .param("u", id).param("t", teamName).update();
        return new Worker(id, username);
    }

    /** Allocates the person to the worker in the worker's team, as an allocation would. */
    void allocate(long personId, Worker worker) {
        jdbc.sql("""
                        INSERT INTO allocation (person_id, team_id, worker_id, start_date)
                        SELECT :p, m.team_id, :w, :today FROM team_member m WHERE m.user_id = :w LIMIT 1
                        """)
                .param("p", personId).param("w", worker.id())
                .param("today", java.sql.Date.valueOf(java.time.LocalDate.now(org.opencsc.platform.time.LondonTime.ZONE))).update();
    }

    long teamId(String name) {
        return jdbc.sql("SELECT id FROM team WHERE name = :n").param("n", name).query(Long.class).single();
    }

    long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :n").param("n", username).query(Long.class).single();
    }
}
