package org.opencsc.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.opencsc.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A team of its own for one test, in a service area of its own, with staff made by SQL exactly as
 * the test describes them, children allocated to them and posts: the figures asked for this team
 * see nothing of the demo council's.
 */
public final class WorkforceTeam {

    public final JdbcClient jdbc;
    public final long id;
    public final String name;
    final String area;

    public WorkforceTeam(JdbcClient jdbc, String stem) {
        this.jdbc = jdbc;
        this.name = "Workforce " + Fixtures.uniqueSurname(stem);
        this.area = "Area " + name;
        this.id = jdbc.sql("INSERT INTO team (name, service_area, kind) VALUES (?, ?, 'SAFEGUARDING') RETURNING id")
                .params(name, area).query(Long.class).single();
    }

    /** A member of staff; null fields are left as the database's defaults would have them (null). */
    public long staff(String role, String jobRole, String type, LocalDate started, LocalDate left, boolean active, String fte,
               Integer limit, boolean asye, LocalDate qualified) {
        String username = Fixtures.uniqueSurname("wf");
        long user = jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role, active, job_role, employment_type, started_on,
                                              left_on, fte, caseload_limit, newly_qualified, qualified_on)
                        SELECT :u, password_hash, :name, :role, :active, :job, :type, :started, :left, :fte, :limit, :asye, :qualified
                        FROM app_user WHERE username = 'social' RETURNING id
                        """)
                .param("u", username).param("name", "Worker " + username).param("role", role).param("active", active)
                .param("job", jobRole).param("type", type).param("started", started).param("left", left)
                .param("fte", new BigDecimal(fte)).param("limit", limit).param("asye", asye).param("qualified", qualified)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO team_member (team_id, user_id) VALUES (?, ?)").params(id, user).update();
        return user;
    }

    /** Allocates {@code count} new children (or adults) to the worker in this team, from {@code on}. */
    public void allocate(long worker, int count, boolean children, LocalDate on) {
        for (int i = 0; i < count; i++) {
            long person = jdbc.sql("INSERT INTO person (is_child, given_name, family_name) VALUES (?, 'Kid', ?) RETURNING id")
                    .params(children, Fixtures.uniqueSurname("wfchild")).query(Long.class).single();
            jdbc.sql("INSERT INTO allocation (person_id, team_id, worker_id, start_date) VALUES (?, ?, ?, ?)")
                    .params(person, id, worker, on).update();
        }
    }

    public void post(String jobRole, String funded) {
        jdbc.sql("INSERT INTO team_post (team_id, job_role, funded_fte) VALUES (?, ?, ?)").params(id, jobRole, new BigDecimal(funded)).update();
    }

    /** A team manager account whose service area is this team's, to sign in as. */
    public String manager() {
        String username = Fixtures.uniqueSurname("wfmgr");
        long user = jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role)
                        SELECT :u, password_hash, :name, 'TEAM_MANAGER' FROM app_user WHERE username = 'social' RETURNING id
                        """)
                .param("u", username).param("name", "Manager " + username).query(Long.class).single();
        jdbc.sql("INSERT INTO team_member (team_id, user_id) VALUES (?, ?)").params(id, user).update();
        return username;
    }
}
