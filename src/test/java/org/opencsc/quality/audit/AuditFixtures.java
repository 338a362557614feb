package org.opencsc.quality.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Templates, rounds and audits for the audit tests, written straight into the V59 tables: the
 * round and template services (Part T) are built on another branch. At integration these can
 * call that service instead; the rows are the ones its draw makes (the child's worker, that
 * worker's line manager and team kept on the audit).
 */
record AuditFixtures(JdbcClient jdbc) {

    /** A template of two sections: "The child's voice" (two council questions) and "Working together" (a council and a health question). */
    record Template(long id, long voiceSection, long togetherSection, long seenAlone, long wishes, long plan, long health) {
    }

    record Audit(long id, long roundId) {
    }

    Template template() {
        String name = "Test audit " + Fixtures.uniqueSurname("");
        long id = jdbc.sql("""
                        INSERT INTO audit_template (series_id, version, name, purpose, kind, created_at)
                        VALUES (0, 1, :name, 'The child’s experience', 'CASE_AUDIT', :at) RETURNING id""")
                .param("name", name).param("at", Timestamp.from(Instant.now())).query(Long.class).single();
        jdbc.sql("UPDATE audit_template SET series_id = id WHERE id = :id").param("id", id).update();
        long voice = section(id, 1, "The child’s voice");
        long seenAlone = question(voice, 1, "Was the child seen alone, and what did they say?", null);
        long wishes = question(voice, 2, "How did the child’s wishes shape the plan?", null);
        long together = section(id, 2, "Working together");
        long plan = question(together, 1, "Does the plan say who does what by when?", null);
        long health = question(together, 2, "Were health needs met (health’s view)?", "HEALTH");
        return new Template(id, voice, together, seenAlone, wishes, plan, health);
    }

    /** A round of this template created by {@code createdBy}, its audit of the child drawn as Part T's draw writes it. */
    Audit audit(Template template, long personId, Long auditorId, long createdBy) {
        long round = jdbc.sql("""
                        INSERT INTO audit_round (title, kind, template_id, selection, due_on, created_at, created_by)
                        VALUES (:title, 'CASE_AUDIT', :t, 'BY_HAND', :due, :at, :by) RETURNING id""")
                .param("title", "Round " + Fixtures.uniqueSurname("")).param("t", template.id())
                .param("due", LocalDate.now(org.opencsc.platform.time.LondonTime.ZONE).plusMonths(1)).param("at", Timestamp.from(Instant.now())).param("by", createdBy)
                .query(Long.class).single();
        return new Audit(auditIn(round, template, personId, auditorId), round);
    }

    /** Another child's audit in the same round. */
    long auditIn(long roundId, Template template, long personId, Long auditorId) {
        return jdbc.sql("""
                        INSERT INTO audit (round_id, person_id, template_id, auditor_id, worker_id, worker_manager_id, team_id)
                        SELECT :r, :p, :t, :auditor, al.worker_id, w.line_manager_id, al.team_id
                        FROM allocation al LEFT JOIN app_user w ON w.id = al.worker_id
                        WHERE al.person_id = :p AND al.end_date IS NULL
                        ORDER BY al.start_date DESC, al.id DESC LIMIT 1
                        RETURNING id""")
                .param("r", roundId).param("p", personId).param("t", template.id()).param("auditor", auditorId)
                .query(Long.class).single();
    }

    void partner(long roundId, long userId, String agency, LocalDate lastDay, long addedBy) {
        jdbc.sql("""
                        INSERT INTO audit_round_partner (round_id, user_id, agency, last_day, added_at, added_by)
                        VALUES (:r, :u, :agency, :last, :at, :by)""")
                .param("r", roundId).param("u", userId).param("agency", agency).param("last", lastDay)
                .param("at", Timestamp.from(Instant.now())).param("by", addedBy).update();
    }

    /** The ids of the child's chronology entries, newest first. */
    List<Long> events(long personId) {
        return new ArrayList<>(jdbc.sql("SELECT event_id FROM event_subject WHERE person_id = :p ORDER BY occurred_at DESC, event_id DESC")
                .param("p", personId).query(Long.class).list());
    }

    int version(long auditId) {
        return jdbc.sql("SELECT version FROM audit WHERE id = :id").param("id", auditId).query(Integer.class).single();
    }

    private long section(long templateId, int position, String title) {
        return jdbc.sql("INSERT INTO audit_template_section (template_id, position, title, guidance) VALUES (:t, :p, :title, 'Look for impact') RETURNING id")
                .param("t", templateId).param("p", position).param("title", title).query(Long.class).single();
    }

    private long question(long sectionId, int position, String question, String agency) {
        return jdbc.sql("""
                        INSERT INTO audit_template_question (section_id, position, question, guidance, agency)
                        VALUES (:s, :p, :q, 'What difference did it make?', :agency) RETURNING id""")
                .param("s", sectionId).param("p", position).param("q", question).param("agency", agency)
                .query(Long.class).single();
    }
}
