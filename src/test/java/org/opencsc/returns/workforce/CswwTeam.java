package org.opencsc.returns.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A team of hand-made workers for a workforce census test, inserted with SQL as the workforce
 * records them (app_user's V48 columns, team_member, team_post) and the census details (V50). Every
 * name and SWE number is unique to the test, so the shared database's other staff never match.
 */
final class CswwTeam {

    final JdbcClient jdbc;
    final long id;
    final String tag;

    CswwTeam(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tag = UUID.randomUUID().toString().substring(0, 8);
        this.id = team("CSWW test team " + tag);
    }

    long team(String name) {
        return jdbc.sql("INSERT INTO team (name, service_area, kind) VALUES (?, 'Workforce census tests', 'SAFEGUARDING') RETURNING id")
                .param(name).query(Long.class).single();
    }

    /** SW9 and seven random digits: never a demo worker's (SW and 100000 + id). */
    static String sweNumber() {
        return "SW9" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    long worker(String name, String employment, String jobRole, String fte, LocalDate started, LocalDate left, String swe) {
        long user = jdbc.sql("""
                        INSERT INTO app_user (username, display_name, role, employment_type, job_role, fte, started_on, left_on, swe_number)
                        VALUES (?, ?, 'SOCIAL_WORKER', ?, ?, ?, ?, ?, ?) RETURNING id
                        """)
                .params("csww." + tag + "." + name.toLowerCase().replace(' ', '.'), name + " " + tag, employment, jobRole,
                        new BigDecimal(fte), started, left, swe)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO team_member (team_id, user_id) VALUES (?, ?)").params(id, user).update();
        return user;
    }

    void details(long user, LocalDate born, String gender, String ethnicity, String institution, String level,
                 String origin, String destination, String reason) {
        jdbc.sql("""
                        INSERT INTO staff_census_details (user_id, birth_date, gender, ethnicity, qual_institution, qual_level,
                               step_up_graduate, frontline_graduate, start_origin, leaver_destination, reason_leave)
                        VALUES (?, ?, ?, ?, ?, ?, false, true, ?, ?, ?)
                        """).params(user, born, gender, ethnicity, institution, level, origin, destination, reason).update();
    }

    void absence(long user, String reason, LocalDate first, LocalDate last) {
        jdbc.sql("INSERT INTO staff_absence (user_id, reason, first_day, last_day) VALUES (?, ?, ?, ?)")
                .params(user, reason, first, last).update();
    }

    void post(long team, String jobRole, String funded) {
        jdbc.sql("INSERT INTO team_post (team_id, job_role, funded_fte) VALUES (?, ?, ?)").params(team, jobRole, new BigDecimal(funded)).update();
    }

    void member(long team, long user) {
        jdbc.sql("INSERT INTO team_member (team_id, user_id) VALUES (?, ?)").params(team, user).update();
    }

    long person(boolean child) {
        return jdbc.sql("INSERT INTO person (is_child, given_name, family_name) VALUES (?, 'Census', ?) RETURNING id")
                .params(child, "Csww" + tag).query(Long.class).single();
    }

    void allocate(long person, long worker, LocalDate start, LocalDate end) {
        jdbc.sql("INSERT INTO allocation (person_id, team_id, worker_id, start_date, end_date) VALUES (?, ?, ?, ?, ?)")
                .params(person, id, worker, start, end).update();
    }
}
