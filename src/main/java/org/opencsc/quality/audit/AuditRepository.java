package org.opencsc.quality.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencsc.quality.Agency;
import org.opencsc.quality.Grade;
import org.opencsc.quality.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit tables of V59, read and written with plain SQL; every write of an audit first claims its version. */
@Repository
class AuditRepository {

    private static final String AUDIT = """
            SELECT a.*, r.title AS round_title, r.kind AS round_kind, r.due_on AS round_due_on, t.name AS template_name,
                   au.display_name AS auditor_name, w.display_name AS worker_name, tm.name AS team_name,
                   rb.display_name AS reflection_by_name, cb.display_name AS completed_by_name
            FROM audit a JOIN audit_round r ON r.id = a.round_id JOIN audit_template t ON t.id = a.template_id
            LEFT JOIN app_user au ON au.id = a.auditor_id LEFT JOIN app_user w ON w.id = a.worker_id
            LEFT JOIN team tm ON tm.id = a.team_id LEFT JOIN app_user rb ON rb.id = a.worker_reflection_by
            LEFT JOIN app_user cb ON cb.id = a.completed_by
            """;

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Audit> find(long id) {
        return jdbc.sql(AUDIT + " WHERE a.id = :id").param("id", id).query(AuditRepository::audit).optional();
    }

    /** The child's audits (and those of records merged into it), newest round first. */
    List<Audit> ofChild(Collection<Long> personIds) {
        return jdbc.sql(AUDIT + " WHERE a.person_id = ANY(:ids::bigint[]) ORDER BY r.created_at DESC, a.id DESC")
                .param("ids", personIds.toArray(Long[]::new)).query(AuditRepository::audit).list();
    }

    List<AuditSection> sections(long templateId) {
        Map<Long, List<AuditSection.Question>> questions = jdbc.sql("""
                        SELECT q.* FROM audit_template_question q JOIN audit_template_section s ON s.id = q.section_id
                        WHERE s.template_id = :t ORDER BY s.position, q.position""")
                .param("t", templateId)
                .query((rs, n) -> new AuditSection.Question(rs.getLong("id"), rs.getLong("section_id"), rs.getInt("position"),
                        rs.getString("question"), rs.getString("guidance"), agency(rs.getString("agency"))))
                .list().stream().collect(Collectors.groupingBy(AuditSection.Question::sectionId, LinkedHashMap::new, Collectors.toList()));
        return jdbc.sql("SELECT * FROM audit_template_section WHERE template_id = :t ORDER BY position").param("t", templateId)
                .query((rs, n) -> new AuditSection(rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
                        rs.getString("guidance"), questions.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    Map<Long, AuditAnswer> answers(long auditId) {
        Map<Long, AuditAnswer> answers = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT x.*, u.display_name FROM audit_answer x JOIN app_user u ON u.id = x.answered_by
                        WHERE x.audit_id = :a ORDER BY x.question_id""").param("a", auditId)
                .query((rs, n) -> new AuditAnswer(rs.getLong("question_id"), rs.getString("answer"), longs(rs.getArray("evidence")),
                        rs.getTimestamp("answered_at").toInstant(), rs.getLong("answered_by"), rs.getString("display_name"),
                        agency(rs.getString("agency"))))
                .list().forEach(x -> answers.put(x.questionId(), x));
        return answers;
    }

    Map<Long, SectionGrade> grades(long auditId) {
        Map<Long, SectionGrade> grades = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM audit_section_grade WHERE audit_id = :a").param("a", auditId)
                .query((rs, n) -> new SectionGrade(rs.getLong("section_id"), grade(rs.getString("grade")),
                        grade(rs.getString("moderated_grade")), rs.getString("moderation_reason")))
                .list().forEach(g -> grades.put(g.sectionId(), g));
        return grades;
    }

    Optional<Moderation> moderation(long auditId) {
        return jdbc.sql("""
                        SELECT m.*, u.display_name FROM audit_moderation m JOIN app_user u ON u.id = m.moderator_id
                        WHERE m.audit_id = :a""").param("a", auditId)
                .query((rs, n) -> new Moderation(rs.getLong("moderator_id"), rs.getString("display_name"),
                        rs.getTimestamp("moderated_at").toInstant(), rs.getString("comment"), rs.getInt("grades_changed"),
                        rs.getInt("grades_seen")))
                .optional();
    }

    /** The agency a partner auditor answers for on this audit's round, while their last day has not passed. */
    Optional<Agency> partnerAgency(long roundId, long userId, LocalDate today) {
        return jdbc.sql("SELECT agency FROM audit_round_partner WHERE round_id = :r AND user_id = :u AND last_day >= :today")
                .param("r", roundId).param("u", userId).param("today", today)
                .query((rs, n) -> agency(rs.getString("agency"))).optional();
    }

    /** The worker the child is allocated to now (who may also write the reflection), if any. */
    Optional<Long> currentWorker(long personId) {
        return jdbc.sql("""
                        SELECT worker_id FROM allocation WHERE person_id = :p AND end_date IS NULL AND worker_id IS NOT NULL
                        ORDER BY start_date DESC, id DESC LIMIT 1""")
                .param("p", personId).query(Long.class).optional();
    }

    /** Which of these event ids are on the chronology of one of these records. */
    Set<Long> eventsOf(Collection<Long> personIds, Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        SELECT DISTINCT event_id FROM event_subject
                        WHERE event_id = ANY(:e::bigint[]) AND person_id = ANY(:p::bigint[])""")
                .param("e", eventIds.toArray(Long[]::new)).param("p", personIds.toArray(Long[]::new))
                .query(Long.class).list());
    }

    /** True when the version was the current one (and is now the next); false when someone else changed the audit first. */
    boolean claim(long auditId, int version) {
        return jdbc.sql("UPDATE audit SET version = version + 1 WHERE id = :id AND version = :v")
                .param("id", auditId).param("v", version).update() == 1;
    }

    void saveAnswer(long auditId, long questionId, String answer, List<Long> evidence, long userId, Agency agency, Instant at) {
        jdbc.sql("""
                        INSERT INTO audit_answer (audit_id, question_id, answer, evidence, answered_at, answered_by, agency)
                        VALUES (:a, :q, :answer, :evidence, :at, :by, :agency)
                        ON CONFLICT (audit_id, question_id) DO UPDATE SET answer = EXCLUDED.answer, evidence = EXCLUDED.evidence,
                            answered_at = EXCLUDED.answered_at, answered_by = EXCLUDED.answered_by, agency = EXCLUDED.agency""")
                .param("a", auditId).param("q", questionId).param("answer", answer).param("evidence", evidence.toArray(Long[]::new))
                .param("at", Timestamp.from(at)).param("by", userId).param("agency", agency == null ? null : agency.name())
                .update();
    }

    void deleteAnswer(long auditId, long questionId) {
        jdbc.sql("DELETE FROM audit_answer WHERE audit_id = :a AND question_id = :q").param("a", auditId).param("q", questionId)
                .update();
    }

    /** The auditor's grades as they now stand: sections not given lose their grade. */
    void replaceGrades(long auditId, Map<Long, Grade> grades) {
        jdbc.sql("DELETE FROM audit_section_grade WHERE audit_id = :a").param("a", auditId).update();
        grades.forEach((section, grade) -> jdbc.sql("INSERT INTO audit_section_grade (audit_id, section_id, grade) VALUES (:a, :s, :g)")
                .param("a", auditId).param("s", section).param("g", grade.name()).update());
    }

    /** The auditor's findings, and the audit started (and led by this auditor, when none was assigned). */
    void saveFindings(long auditId, Grade overall, String summary, List<Theme> themes, long auditorId, Instant at) {
        jdbc.sql("""
                        UPDATE audit SET overall_grade = :overall, summary = :summary, themes_found = :themes,
                            auditor_id = coalesce(auditor_id, :auditor)
                        WHERE id = :id""")
                .param("id", auditId).param("overall", overall == null ? null : overall.name()).param("summary", summary)
                .param("themes", themes.stream().map(Theme::name).toArray(String[]::new)).param("auditor", auditorId).update();
        started(auditId, at);
    }

    void started(long auditId, Instant at) {
        jdbc.sql("""
                        UPDATE audit SET status = CASE WHEN status = 'NOT_STARTED' THEN 'IN_PROGRESS' ELSE status END,
                            started_at = coalesce(started_at, :at)
                        WHERE id = :id""")
                .param("id", auditId).param("at", Timestamp.from(at)).update();
    }

    void reflection(long auditId, String reflection, long userId, Instant at) {
        jdbc.sql("UPDATE audit SET worker_reflection = :r, worker_reflection_at = :at, worker_reflection_by = :by WHERE id = :id")
                .param("id", auditId).param("r", reflection).param("at", Timestamp.from(at)).param("by", userId).update();
    }

    void complete(long auditId, long userId, Instant at) {
        jdbc.sql("""
                        UPDATE audit SET status = 'COMPLETED', completed_at = :at, completed_by = :by,
                            auditor_id = coalesce(auditor_id, :by), started_at = coalesce(started_at, :at)
                        WHERE id = :id""")
                .param("id", auditId).param("at", Timestamp.from(at)).param("by", userId).update();
    }

    void moderateSection(long auditId, long sectionId, Grade grade, String reason) {
        jdbc.sql("UPDATE audit_section_grade SET moderated_grade = :g, moderation_reason = :r WHERE audit_id = :a AND section_id = :s")
                .param("a", auditId).param("s", sectionId).param("g", grade.name()).param("r", reason).update();
    }

    void moderated(long auditId, Grade overall, String overallReason, long moderatorId, String comment, int changed, int seen,
                   Instant at) {
        jdbc.sql("""
                        UPDATE audit SET status = 'MODERATED', moderated_overall_grade = :g, moderated_overall_reason = :r
                        WHERE id = :id""")
                .param("id", auditId).param("g", overall == null ? null : overall.name()).param("r", overallReason).update();
        jdbc.sql("""
                        INSERT INTO audit_moderation (audit_id, moderator_id, moderated_at, comment, grades_changed, grades_seen)
                        VALUES (:a, :m, :at, :c, :changed, :seen)""")
                .param("a", auditId).param("m", moderatorId).param("at", Timestamp.from(at)).param("c", comment)
                .param("changed", changed).param("seen", seen).update();
    }

    private static Audit audit(ResultSet rs, int n) throws SQLException {
        return new Audit(rs.getLong("id"), rs.getLong("round_id"), rs.getString("round_title"), rs.getString("round_kind"),
                rs.getDate("round_due_on").toLocalDate(), rs.getLong("person_id"), rs.getLong("template_id"),
                rs.getString("template_name"), rs.getObject("auditor_id", Long.class), rs.getString("auditor_name"),
                rs.getObject("worker_id", Long.class), rs.getString("worker_name"), rs.getObject("worker_manager_id", Long.class),
                rs.getObject("team_id", Long.class), rs.getString("team_name"), AuditStatus.valueOf(rs.getString("status")),
                grade(rs.getString("overall_grade")), rs.getString("summary"), themes(rs.getArray("themes_found")),
                rs.getString("worker_reflection"), instant(rs.getTimestamp("worker_reflection_at")),
                rs.getObject("worker_reflection_by", Long.class), rs.getString("reflection_by_name"),
                instant(rs.getTimestamp("completed_at")), rs.getObject("completed_by", Long.class), rs.getString("completed_by_name"),
                grade(rs.getString("moderated_overall_grade")), rs.getString("moderated_overall_reason"), rs.getInt("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Grade grade(String s) {
        return s == null ? null : Grade.valueOf(s);
    }

    private static Agency agency(String s) {
        return s == null ? null : Agency.valueOf(s);
    }

    /** Themes another version of OpenCSC wrote that this one does not know are left out rather than failing the page. */
    private static List<Theme> themes(Array array) throws SQLException {
        List<Theme> themes = new ArrayList<>();
        for (Object o : array == null ? new Object[0] : (Object[]) array.getArray()) {
            Arrays.stream(Theme.values()).filter(t -> t.name().equals(o)).findFirst().ifPresent(themes::add);
        }
        return themes;
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).toList();
    }
}
