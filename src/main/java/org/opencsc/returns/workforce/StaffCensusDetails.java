package org.opencsc.returns.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencsc.platform.web.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's census details (V50's staff_census_details, one row per worker, optimistic locking
 * by version) and their absences, beside the employment facts the workforce keeps on app_user.
 */
@Repository
class StaffCensusDetails {

    /** The employment facts shown beside the details (kept on the worker's employment record, not here). */
    record Employment(long id, String name, String employmentType, String jobRole, LocalDate startedOn, LocalDate leftOn,
                      LocalDate qualifiedOn, BigDecimal fte, String sweNumber) {
    }

    /** What is recorded; version 0 with everything null when nothing is yet. */
    record Details(LocalDate birthDate, String gender, String ethnicity, String qualInstitution, String qualLevel,
                   Boolean stepUpGraduate, Boolean frontlineGraduate, String startOrigin, String leaverDestination,
                   String reasonLeave, int version) {

        static final Details NONE = new Details(null, null, null, null, null, null, null, null, null, null, 0);
    }

    record Absence(long id, String reason, LocalDate firstDay, LocalDate lastDay) {
    }

    private final JdbcClient jdbc;

    StaffCensusDetails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Employment> employment(long userId) {
        return jdbc.sql("""
                        SELECT id, display_name, employment_type, job_role, started_on, left_on, qualified_on, fte, swe_number
                          FROM app_user WHERE id = ? AND kind = 'PERSON'
                        """).param(userId)
                .query((rs, n) -> new Employment(rs.getLong("id"), rs.getString("display_name"), rs.getString("employment_type"),
                        rs.getString("job_role"), rs.getObject("started_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
                        rs.getObject("qualified_on", LocalDate.class), rs.getBigDecimal("fte"), rs.getString("swe_number")))
                .optional();
    }

    Details details(long userId) {
        return jdbc.sql("""
                        SELECT birth_date, gender, ethnicity, qual_institution, qual_level, step_up_graduate, frontline_graduate,
                               start_origin, leaver_destination, reason_leave, version
                          FROM staff_census_details WHERE user_id = ?
                        """).param(userId)
                .query((rs, n) -> new Details(rs.getObject("birth_date", LocalDate.class), rs.getString("gender"),
                        rs.getString("ethnicity"), rs.getString("qual_institution"), rs.getString("qual_level"),
                        (Boolean) rs.getObject("step_up_graduate"), (Boolean) rs.getObject("frontline_graduate"),
                        rs.getString("start_origin"), rs.getString("leaver_destination"), rs.getString("reason_leave"),
                        rs.getInt("version")))
                .optional().orElse(Details.NONE);
    }

    List<Absence> absences(long userId) {
        return jdbc.sql("SELECT id, reason, first_day, last_day FROM staff_absence WHERE user_id = ? ORDER BY first_day DESC, id DESC")
                .param(userId).query((rs, n) -> new Absence(rs.getLong("id"), rs.getString("reason"),
                        rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class))).list();
    }

    /**
     * Saves the details if nobody has since {@code expectedVersion} (0 for a worker with none
     * yet): one statement either way, so two first saves cannot both win.
     */
    @Transactional
    void save(long userId, Details d, int expectedVersion) {
        int changed;
        if (expectedVersion == 0) {
            changed = jdbc.sql("""
                            INSERT INTO staff_census_details (user_id, birth_date, gender, ethnicity, qual_institution, qual_level,
                                   step_up_graduate, frontline_graduate, start_origin, leaver_destination, reason_leave, version)
                            VALUES (:id, :birth, :gender, :ethnicity, :inst, :level, :stepUp, :frontline, :origin, :destination, :reason, 1)
                            ON CONFLICT (user_id) DO NOTHING
                            """).params(params(userId, d)).update();
        } else {
            changed = jdbc.sql("""
                            UPDATE staff_census_details SET birth_date = :birth, gender = :gender, ethnicity = :ethnicity,
                                   qual_institution = :inst, qual_level = :level, step_up_graduate = :stepUp,
                                   frontline_graduate = :frontline, start_origin = :origin, leaver_destination = :destination,
                                   reason_leave = :reason, version = version + 1
                             WHERE user_id = :id AND version = :version
                            """).params(params(userId, d)).param("version", expectedVersion).update();
        }
        if (changed == 0) {
            throw new ConflictException("Someone else changed this worker’s census details since you opened them: "
                    + "open the page again to see theirs");
        }
    }

    private static java.util.Map<String, Object> params(long userId, Details d) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", userId);
        p.put("birth", d.birthDate());
        p.put("gender", d.gender());
        p.put("ethnicity", d.ethnicity());
        p.put("inst", d.qualInstitution());
        p.put("level", d.qualLevel());
        p.put("stepUp", d.stepUpGraduate());
        p.put("frontline", d.frontlineGraduate());
        p.put("origin", d.startOrigin());
        p.put("destination", d.leaverDestination());
        p.put("reason", d.reasonLeave());
        return p;
    }

    void addAbsence(long userId, String reason, LocalDate firstDay, LocalDate lastDay) {
        jdbc.sql("INSERT INTO staff_absence (user_id, reason, first_day, last_day) VALUES (?, ?, ?, ?)")
                .params(userId, reason, firstDay, lastDay).update();
    }

    /** False when there was no such absence of this worker (already removed). */
    boolean removeAbsence(long userId, long absenceId) {
        return jdbc.sql("DELETE FROM staff_absence WHERE id = ? AND user_id = ?").params(absenceId, userId).update() == 1;
    }
}
