package org.opencsc.assessment;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencsc.workforce.DueItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AssessmentRepository {

    /** Section to column: the only place the two are tied together. */
    private static final Map<AssessmentSection, String> COLUMNS = new EnumMap<>(Map.of(
            AssessmentSection.WISHES_AND_FEELINGS, "wishes_and_feelings",
            AssessmentSection.HISTORY, "history",
            AssessmentSection.PARENTAL_CAPACITY, "parental_capacity",
            AssessmentSection.CULTURE_AND_IDENTITY, "culture_and_identity",
            AssessmentSection.RISK_AND_PROTECTIVE_FACTORS, "risk_and_protective",
            AssessmentSection.ANALYSIS, "analysis"));

    private static final String SELECT = """
            SELECT a.*, r.referral_date, coalesce(p.given_name || ' ', '') || p.family_name AS child_name,
                   f.history AS family_history, f.parental_capacity AS family_parental_capacity, f.version AS family_version
            FROM single_assessment a JOIN referral r ON r.id = a.referral_id JOIN person p ON p.id = a.person_id
                 LEFT JOIN family_assessment f ON f.id = a.family_assessment_id
            """;

    /** A sibling's assessment in the same family group, for the links between them. */
    record GroupMember(long assessmentId, long personId, String childName, AssessmentStatus status) {
    }

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long referralId, long personId, LocalDate startedOn, LocalDate dueOn, String history, Long familyId,
                String by, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO single_assessment (referral_id, person_id, started_on, due_on, status, history,
                                                       family_assessment_id, started_by, started_at)
                        VALUES (:referral, :person, :started, :due, 'IN_PROGRESS', :history, :family, :by, :at)
                        """)
                .param("referral", referralId).param("person", personId).param("started", Date.valueOf(startedOn))
                .param("due", Date.valueOf(dueOn)).param("history", history).param("family", familyId)
                .param("by", by).param("at", Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    long insertFamily(String history, String by, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO family_assessment (history, created_by, created_at) VALUES (:history, :by, :at)")
                .param("history", history).param("by", by).param("at", Timestamp.from(at)).update(key, "id");
        return key.getKey().longValue();
    }

    /** The assessments sharing a family group, oldest child first. */
    List<GroupMember> group(long familyId) {
        return jdbc.sql("""
                        SELECT a.id, a.person_id, a.status, coalesce(p.given_name || ' ', '') || p.family_name AS child_name
                        FROM single_assessment a JOIN person p ON p.id = a.person_id
                        WHERE a.family_assessment_id = :family ORDER BY p.date_of_birth NULLS LAST, a.id
                        """)
                .param("family", familyId)
                .query((rs, n) -> new GroupMember(rs.getLong("id"), rs.getLong("person_id"), rs.getString("child_name"),
                        AssessmentStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** Saves the group's family sections only if nobody saved them since {@code version} was read. */
    boolean saveFamilySections(long familyId, int version, Map<AssessmentSection, String> sections) {
        return jdbc.sql("""
                        UPDATE family_assessment SET history = :history, parental_capacity = :capacity, version = version + 1
                        WHERE id = :id AND version = :version
                        """)
                .param("history", sections.get(AssessmentSection.HISTORY))
                .param("capacity", sections.get(AssessmentSection.PARENTAL_CAPACITY))
                .param("id", familyId).param("version", version).update() == 1;
    }

    /**
     * On submitting, the child's assessment keeps its own copy of the family sections as they
     * are now: what the manager reads and authorises does not change as a sibling's goes on.
     */
    void copyFamilySections(long id) {
        jdbc.sql("""
                        UPDATE single_assessment a SET history = f.history, parental_capacity = f.parental_capacity
                        FROM family_assessment f WHERE f.id = a.family_assessment_id AND a.id = :id
                        """)
                .param("id", id).update();
    }

    Optional<SingleAssessment> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    boolean existsForReferral(long referralId) {
        return jdbc.sql("SELECT count(*) FROM single_assessment WHERE referral_id = :id").param("id", referralId)
                .query(Long.class).single() > 0;
    }

    List<SingleAssessment> forChild(long personId) {
        return jdbc.sql(SELECT + " WHERE a.person_id = :id ORDER BY a.started_on DESC, a.id DESC").param("id", personId)
                .query((rs, n) -> map(rs)).list();
    }

    /**
     * Saves the draft only while it is in progress and nobody saved since {@code version} was
     * read. In a family group the family sections are the group's, saved by {@link #saveFamilySections}.
     */
    boolean saveDraft(long id, AssessmentDraft d, boolean grouped) {
        Map<AssessmentSection, String> columns = new EnumMap<>(COLUMNS);
        if (grouped) {
            columns.keySet().removeIf(AssessmentSection::family);
        }
        StringBuilder set = new StringBuilder();
        columns.values().forEach(c -> set.append(c).append(" = :").append(c).append(", "));
        JdbcClient.StatementSpec spec = jdbc.sql("UPDATE single_assessment SET " + set + """
                        factors = :factors::text[], outcome = :outcome, outcome_reasons = :reasons, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'IN_PROGRESS'
                        """)
                .param("factors", d.factors().stream().sorted().map(AssessmentFactor::code).toArray(String[]::new))
                .param("outcome", d.outcome() == null ? null : d.outcome().name())
                .param("reasons", d.outcomeReasons())
                .param("id", id).param("version", d.version());
        for (var e : columns.entrySet()) {
            spec = spec.param(e.getValue(), d.sections().get(e.getKey()));
        }
        return spec.update() == 1;
    }

    boolean submit(long id, int version, LocalDate completedOn, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE single_assessment SET status = 'AWAITING_AUTHORISATION', completed_on = :completed,
                               submitted_by = :by, submitted_at = :at, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'IN_PROGRESS'
                        """)
                .param("completed", Date.valueOf(completedOn)).param("by", by).param("at", Timestamp.from(at))
                .param("id", id).param("version", version).update() == 1;
    }

    boolean authorise(long id, int version, LocalDate authorisedOn, String comment, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE single_assessment SET status = 'AUTHORISED', authorised_on = :on, authorised_by = :by,
                               authorised_at = :at, authorised_comment = :comment, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'AWAITING_AUTHORISATION'
                        """)
                .param("on", Date.valueOf(authorisedOn)).param("by", by).param("at", Timestamp.from(at))
                .param("comment", comment)
                .param("id", id).param("version", version).update() == 1;
    }

    boolean returnToWorker(long id, int version, String comment, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE single_assessment SET status = 'IN_PROGRESS', returned_comment = :comment, returned_by = :by,
                               returned_at = :at, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'AWAITING_AUTHORISATION'
                        """)
                .param("comment", comment).param("by", by).param("at", Timestamp.from(at))
                .param("id", id).param("version", version).update() == 1;
    }

    /** Corrections apply only to an authorised assessment nobody has changed since {@code version} was read. */
    boolean correctSection(long id, int version, AssessmentSection section, String text) {
        return correct(id, version, COLUMNS.get(section) + " = :value", text);
    }

    boolean correctOutcomeReasons(long id, int version, String text) {
        return correct(id, version, "outcome_reasons = :value", text);
    }

    boolean correctFactors(long id, int version, List<AssessmentFactor> factors) {
        return correct(id, version, "factors = :value::text[]", factors.stream().map(AssessmentFactor::code).toArray(String[]::new));
    }

    private boolean correct(long id, int version, String set, Object value) {
        return jdbc.sql("UPDATE single_assessment SET " + set + ", version = version + 1"
                        + " WHERE id = :id AND version = :version AND status = 'AUTHORISED'")
                .param("value", value).param("id", id).param("version", version).update() == 1;
    }

    /** Every open assessment of these children as due work, in one query (only the columns the lists need). */
    List<DueItem> dueFor(Collection<Long> personIds) {
        return jdbc.sql("""
                        SELECT id, person_id, status, due_on FROM single_assessment
                        WHERE person_id = ANY(:ids::bigint[]) AND status <> 'AUTHORISED' ORDER BY due_on, id
                        """)
                .param("ids", personIds.toArray(Long[]::new))
                .query((rs, n) -> {
                    String href = "/assessments/" + rs.getLong("id");
                    LocalDate due = rs.getDate("due_on").toLocalDate();
                    // In progress, the worker finishes it; once submitted, the manager authorises it.
                    return AssessmentStatus.valueOf(rs.getString("status")) == AssessmentStatus.IN_PROGRESS
                            ? DueItem.forWorker(rs.getLong("person_id"), "Single assessment", due, href)
                            : DueItem.forManager(rs.getLong("person_id"), "Authorise single assessment", due, href);
                })
                .list();
    }

    private static SingleAssessment map(ResultSet rs) throws SQLException {
        Map<AssessmentSection, String> sections = new EnumMap<>(AssessmentSection.class);
        for (var e : COLUMNS.entrySet()) {
            String text = rs.getString(e.getValue());
            if (text != null) {
                sections.put(e.getKey(), text);
            }
        }
        long familyId = rs.getLong("family_assessment_id");
        boolean grouped = !rs.wasNull();
        AssessmentStatus status = AssessmentStatus.valueOf(rs.getString("status"));
        if (grouped && status == AssessmentStatus.IN_PROGRESS) {
            putOrRemove(sections, AssessmentSection.HISTORY, rs.getString("family_history"));
            putOrRemove(sections, AssessmentSection.PARENTAL_CAPACITY, rs.getString("family_parental_capacity"));
        }
        List<AssessmentFactor> factors = new ArrayList<>();
        Array array = rs.getArray("factors");
        for (String code : (String[]) array.getArray()) {
            AssessmentFactor.parse(code).ifPresent(factors::add);
        }
        String outcome = rs.getString("outcome");
        return new SingleAssessment(rs.getLong("id"), rs.getLong("referral_id"), rs.getLong("person_id"),
                rs.getString("child_name"), date(rs, "referral_date"), date(rs, "started_on"), date(rs, "due_on"),
                status, rs.getString("started_by"), sections, List.copyOf(factors),
                outcome == null ? null : AssessmentOutcome.valueOf(outcome), rs.getString("outcome_reasons"),
                date(rs, "completed_on"), rs.getString("submitted_by"), rs.getString("returned_by"),
                rs.getString("returned_comment"), date(rs, "authorised_on"), rs.getString("authorised_by"),
                rs.getString("authorised_comment"), grouped ? familyId : null, grouped ? rs.getInt("family_version") : null,
                rs.getInt("version"));
    }

    private static void putOrRemove(Map<AssessmentSection, String> sections, AssessmentSection section, String text) {
        if (text == null) {
            sections.remove(section);
        } else {
            sections.put(section, text);
        }
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
