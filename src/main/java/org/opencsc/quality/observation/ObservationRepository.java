package org.opencsc.quality.observation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencsc.quality.Grade;
import org.opencsc.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Practice observations, and the line management chain that decides who reads them, in plain SQL. */
@Repository
class ObservationRepository {

    private static final String SELECT = """
            SELECT o.*, w.display_name AS worker_name, b.display_name AS observer_name,
                   coalesce(p.given_name || ' ', '') || p.family_name AS child_name
            FROM practice_observation o JOIN app_user w ON w.id = o.worker_id JOIN app_user b ON b.id = o.observer_id
            LEFT JOIN person p ON p.id = o.person_id
            """;

    private final JdbcClient jdbc;

    ObservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code practises}: a council practitioner whose practice can be observed (see {@link #practises(Role)}). */
    record Worker(long id, String name, boolean active, boolean person, boolean practises) {
    }

    Optional<Worker> worker(long userId) {
        return jdbc.sql("SELECT id, display_name, active, kind = 'PERSON' AS person, role FROM app_user WHERE id = :id").param("id", userId)
                .query((rs, n) -> new Worker(rs.getLong("id"), rs.getString("display_name"), rs.getBoolean("active"), rs.getBoolean("person"),
                        practises(Role.valueOf(rs.getString("role")))))
                .optional();
    }

    /**
     * Whose practice is observed: the council's own staff. Not a partner agency's auditor or an
     * inspector (people from outside the council, time-boxed), nor the administrator, who opens no records.
     */
    private static boolean practises(Role role) {
        return !role.timeBoxed() && role.scope() != Role.Scope.NONE;
    }

    /** Whether the manager is the worker's line manager or above them in the chain (as supervision counts it). */
    boolean isAbove(long managerId, long workerId) {
        return jdbc.sql("""
                        WITH RECURSIVE above (id, depth) AS (
                            SELECT line_manager_id, 1 FROM app_user WHERE id = :w AND line_manager_id IS NOT NULL
                            UNION
                            SELECT u.line_manager_id, a.depth + 1 FROM above a JOIN app_user u ON u.id = a.id
                            WHERE u.line_manager_id IS NOT NULL AND a.depth < 20
                        )
                        SELECT EXISTS (SELECT 1 FROM above WHERE id = :m)
                        """)
                .param("w", workerId).param("m", managerId).query(Boolean.class).single();
    }

    long insert(ObservationInput in, long observerId, Instant now) {
        return jdbc.sql("""
                        INSERT INTO practice_observation (worker_id, observer_id, observed_on, setting, person_id, strengths, to_develop,
                                                          grade, recorded_at)
                        VALUES (:w, :o, :on, :setting, :person, :strengths, :develop, :grade, :now) RETURNING id
                        """)
                .param("w", in.workerId()).param("o", observerId).param("on", Date.valueOf(in.observedOn()))
                .param("setting", in.setting().name()).param("person", in.personId()).param("strengths", in.strengths().trim())
                .param("develop", in.toDevelop() == null || in.toDevelop().isBlank() ? null : in.toDevelop().trim())
                .param("grade", in.grade() == null ? null : in.grade().name()).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    Optional<PracticeObservation> find(long id) {
        return jdbc.sql(SELECT + " WHERE o.id = :id").param("id", id).query(ObservationRepository::row).optional();
    }

    List<PracticeObservation> forWorker(long workerId) {
        return jdbc.sql(SELECT + " WHERE o.worker_id = :w ORDER BY o.observed_on DESC, o.id DESC").param("w", workerId)
                .query(ObservationRepository::row).list();
    }

    /** Writes the worker's reflection, claiming the version read: false when it changed since. */
    boolean reflect(long id, int version, String reflection, Instant now) {
        return jdbc.sql("""
                        UPDATE practice_observation SET worker_reflection = :r, worker_reflection_at = :now, version = version + 1
                        WHERE id = :id AND version = :v
                        """)
                .param("r", reflection).param("now", Timestamp.from(now)).param("id", id).param("v", version).update() == 1;
    }

    private static PracticeObservation row(ResultSet rs, int n) throws SQLException {
        Timestamp reflected = rs.getTimestamp("worker_reflection_at");
        String grade = rs.getString("grade");
        return new PracticeObservation(rs.getLong("id"), rs.getLong("worker_id"), rs.getString("worker_name"), rs.getLong("observer_id"),
                rs.getString("observer_name"), rs.getDate("observed_on").toLocalDate(), ObservationSetting.valueOf(rs.getString("setting")),
                (Long) rs.getObject("person_id"), rs.getString("child_name"), false, rs.getString("strengths"), rs.getString("to_develop"),
                grade == null ? null : Grade.valueOf(grade), rs.getString("worker_reflection"),
                reflected == null ? null : reflected.toInstant(), rs.getTimestamp("recorded_at").toInstant(), rs.getInt("version"));
    }
}
