package org.opencsc.quality.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.quality.Grade;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Quality records for a test, made with plain SQL on the V59 tables (the template, round, audit
 * and learning action services are other parts' and not on this branch): a minimal template, a
 * round, audits at any status, moderations and learning actions, each as the services would
 * leave them (the same checks hold: a completed audit has its grade and completion time).
 */
final class QualityFixtures {

    private final JdbcClient jdbc;
    private final java.util.List<Long> templates = new java.util.ArrayList<>();
    private final java.util.List<Long> rounds = new java.util.ArrayList<>();

    QualityFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
    }

    /** A one-section template version of its own. */
    long template() {
        long id = jdbc.sql("""
                        INSERT INTO audit_template (series_id, version, name, purpose, kind, created_at)
                        VALUES (0, 1, 'Test case audit', 'For the test', 'CASE_AUDIT', now()) RETURNING id
                        """).query(Long.class).single();
        jdbc.sql("UPDATE audit_template SET series_id = id WHERE id = :id").param("id", id).update();
        templates.add(id);
        long section = jdbc.sql("INSERT INTO audit_template_section (template_id, position, title) VALUES (?, 1, 'The child’s experience') RETURNING id")
                .params(id).query(Long.class).single();
        jdbc.sql("INSERT INTO audit_template_question (section_id, position, question) VALUES (?, 1, 'What difference has help made?')")
                .params(section).update();
        return id;
    }

    long round(long templateId, String title, String theme, LocalDate dueOn) {
        long id = jdbc.sql("""
                        INSERT INTO audit_round (title, kind, theme, template_id, selection, due_on, created_at, created_by)
                        VALUES (?, ?, ?, ?, 'BY_HAND', ?, now(), (SELECT id FROM app_user WHERE username = 'auditor')) RETURNING id
                        """).params(title, theme == null ? "CASE_AUDIT" : "THEMATIC", theme, templateId, Date.valueOf(dueOn))
                .query(Long.class).single();
        rounds.add(id);
        return id;
    }

    /** An audit not yet completed, led by the auditor given (or none). */
    long audit(long roundId, long personId, Long teamId, Long auditorId, String status) {
        return jdbc.sql("""
                        INSERT INTO audit (round_id, person_id, template_id, auditor_id, team_id, status)
                        SELECT r.id, ?, r.template_id, ?, ?, ? FROM audit_round r WHERE r.id = ? RETURNING id
                        """).params(personId, auditorId, teamId, status, roundId).query(Long.class).single();
    }

    /** A completed audit: its overall grade and the themes found, completed at noon (London) on the day given. */
    long completed(long roundId, long personId, Long teamId, Grade grade, LocalDate on, String... themes) {
        return jdbc.sql("""
                        INSERT INTO audit (round_id, person_id, template_id, auditor_id, team_id, status, overall_grade, summary,
                                           themes_found, started_at, completed_at, completed_by)
                        SELECT r.id, :person, r.template_id, u.id, :team, 'COMPLETED', :grade, 'Findings', :themes, :at, :at, u.id
                        FROM audit_round r, app_user u WHERE r.id = :round AND u.username = 'auditor' RETURNING id
                        """).param("person", personId).param("team", teamId).param("grade", grade.name())
                .param("themes", themes).param("at", noon(on)).param("round", roundId).query(Long.class).single();
    }

    /** Moderates a completed audit: the overall grade changed to {@code changedTo} (null: agreed), with the counts given. */
    void moderate(long auditId, Grade changedTo, int seen, int changed, LocalDate on) {
        jdbc.sql("""
                        UPDATE audit SET status = 'MODERATED', moderated_overall_grade = :grade,
                               moderated_overall_reason = CASE WHEN :grade::text IS NULL THEN NULL ELSE 'The evidence shows more' END
                        WHERE id = :id
                        """).param("grade", changedTo == null ? null : changedTo.name()).param("id", auditId).update();
        jdbc.sql("""
                        INSERT INTO audit_moderation (audit_id, moderator_id, moderated_at, grades_changed, grades_seen)
                        SELECT :id, u.id, :at, :changed, :seen FROM app_user u WHERE u.username = 'auditor'
                        """).param("id", auditId).param("at", noon(on)).param("changed", changed).param("seen", seen).update();
    }

    /** A learning action from an audit, owned by the user given, due on the day given; done when {@code done}. */
    long action(long auditId, Long personId, String level, long ownerId, Long teamId, LocalDate dueOn, boolean done) {
        return jdbc.sql("""
                        INSERT INTO learning_action (audit_id, person_id, level, action, owner_id, team_id, due_on, created_at,
                                                     created_by, completed_on, completed_at, completed_by, evidence)
                        SELECT :audit, :person, :level, 'Record the child’s words in the assessment', :owner, :team, :due, now(), u.id,
                               :doneOn, CASE WHEN :done THEN now() END, CASE WHEN :done THEN u.id END,
                               CASE WHEN :done THEN 'The assessment now quotes the child' END
                        FROM app_user u WHERE u.username = 'auditor' RETURNING id
                        """).param("audit", auditId).param("person", personId).param("level", level).param("owner", ownerId)
                .param("team", teamId).param("due", Date.valueOf(dueOn)).param("doneOn", done ? Date.valueOf(dueOn) : null, java.sql.Types.DATE)
                .param("done", done).query(Long.class).single();
    }

    /** Adds a partner auditor to a round until their last day. */
    void partner(long roundId, long userId, String agency, LocalDate lastDay) {
        jdbc.sql("""
                        INSERT INTO audit_round_partner (round_id, user_id, agency, last_day, added_at, added_by)
                        SELECT ?, ?, ?, ?, now(), id FROM app_user WHERE username = 'auditor'
                        """).params(roundId, userId, agency, Date.valueOf(lastDay)).update();
    }

    /**
     * Removes everything made here, so the demo users' homes list no test audit or action: their
     * links open the audit and learning action pages, which other tests follow (MyWorkLinksTest).
     */
    void removeAll() {
        Long[] r = rounds.toArray(Long[]::new);
        jdbc.sql("DELETE FROM learning_action WHERE round_id = ANY(:r) OR audit_id IN (SELECT id FROM audit WHERE round_id = ANY(:r))")
                .param("r", r).update();
        for (String table : java.util.List.of("audit_moderation", "audit_section_grade", "audit_answer")) {
            jdbc.sql("DELETE FROM " + table + " WHERE audit_id IN (SELECT id FROM audit WHERE round_id = ANY(:r))").param("r", r).update();
        }
        jdbc.sql("DELETE FROM audit WHERE round_id = ANY(:r)").param("r", r).update();
        jdbc.sql("DELETE FROM audit_round_partner WHERE round_id = ANY(:r)").param("r", r).update();
        jdbc.sql("DELETE FROM audit_round WHERE id = ANY(:r)").param("r", r).update();
        Long[] t = templates.toArray(Long[]::new);
        jdbc.sql("DELETE FROM audit_template_question WHERE section_id IN (SELECT id FROM audit_template_section WHERE template_id = ANY(:t))")
                .param("t", t).update();
        jdbc.sql("DELETE FROM audit_template_section WHERE template_id = ANY(:t)").param("t", t).update();
        jdbc.sql("DELETE FROM audit_template WHERE id = ANY(:t)").param("t", t).update();
    }

    static Timestamp noon(LocalDate on) {
        return Timestamp.from(on.atTime(LocalTime.NOON).atZone(LondonTime.ZONE).toInstant());
    }
}
