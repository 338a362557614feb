package org.opencsc.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Plans, their drafts and finalised versions; the content is kept as jsonb. */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The earliest day a plan for this child can have started: their birth, and the open referral behind the plan. */
    Optional<LocalDate> earliestStart(long personId) {
        return jdbc.sql("""
                        SELECT greatest(p.date_of_birth, (SELECT min(r.referral_date) FROM referral r
                                                          WHERE r.person_id = p.id AND r.closure_date IS NULL))
                        FROM person p WHERE p.id = ?
                        """)
                .param(personId).query(LocalDate.class).optional();
    }

    long insert(long personId, PlanKind kind, Long cpPlanId, LocalDate startedOn, String by) {
        return insert(personId, kind, cpPlanId, startedOn, null, by);
    }

    long insert(long personId, PlanKind kind, Long cpPlanId, LocalDate startedOn, Long familyPlanId, String by) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO child_plan (person_id, kind, cp_plan_id, started_on, draft, created_by, family_plan_id)
                        VALUES (:person, :kind, :cp, :start, CAST(:draft AS jsonb), :by, :family)
                        """)
                .param("person", personId).param("kind", kind.name()).param("cp", cpPlanId)
                .param("start", Date.valueOf(startedOn)).param("draft", json.writeValueAsString(PlanContent.empty()))
                .param("by", by).param("family", familyPlanId).update(key, "id");
        return key.getKey().longValue();
    }

    long insertFamily(String by) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO family_plan (created_by) VALUES (:by)").param("by", by).update(key, "id");
        return key.getKey().longValue();
    }

    Optional<FamilyPlan> family(long id) {
        return jdbc.sql("SELECT id, contingency, version FROM family_plan WHERE id = :id").param("id", id)
                .query((rs, n) -> new FamilyPlan(rs.getLong("id"), rs.getString("contingency"), rs.getInt("version")))
                .optional();
    }

    /** Writes the shared contingency if it is still at {@code expectedVersion}; false when a sibling's plan changed it since. */
    boolean saveFamilyContingency(long id, int expectedVersion, String contingency) {
        return jdbc.sql("UPDATE family_plan SET contingency = :c, version = version + 1 WHERE id = :id AND version = :v")
                .param("c", contingency).param("id", id).param("v", expectedVersion).update() == 1;
    }

    /** A plan of the sibling group, for the links between them. */
    record GroupMember(long planId, long personId, String childName, String status) {
    }

    List<GroupMember> group(long familyPlanId) {
        return jdbc.sql("""
                        SELECT c.*, coalesce(p.given_name || ' ', '') || p.family_name AS child_name
                        FROM child_plan c JOIN person p ON p.id = c.person_id
                        WHERE c.family_plan_id = :id ORDER BY c.id
                        """).param("id", familyPlanId)
                .query((rs, n) -> {
                    ChildPlan plan = map(rs);
                    return new GroupMember(plan.id(), plan.personId(), rs.getString("child_name"), plan.status());
                }).list();
    }

    /** Whether the child has a plan of this kind already: a sibling's is then not started with the group. */
    boolean hasPlan(long personId, PlanKind kind) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM child_plan WHERE person_id = :p AND kind = :k)")
                .param("p", personId).param("k", kind.name()).query(Boolean.class).single();
    }

    Optional<ChildPlan> find(long id) {
        return jdbc.sql("SELECT * FROM child_plan WHERE id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    /** Locks the plan row so two saves or a save and a finalise cannot interleave. */
    Optional<ChildPlan> lock(long id) {
        return jdbc.sql("SELECT * FROM child_plan WHERE id = :id FOR UPDATE").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    List<ChildPlan> forPerson(long personId) {
        return jdbc.sql("SELECT * FROM child_plan WHERE person_id = :id ORDER BY started_on DESC, id DESC")
                .param("id", personId).query((rs, n) -> map(rs)).list();
    }

    Optional<Long> planForCpPlan(long cpPlanId) {
        return jdbc.sql("SELECT id FROM child_plan WHERE cp_plan_id = :id").param("id", cpPlanId).query(Long.class).optional();
    }

    void saveDraft(long id, PlanContent draft) {
        jdbc.sql("UPDATE child_plan SET draft = CAST(:draft AS jsonb), draft_version = draft_version + 1 WHERE id = :id")
                .param("draft", json.writeValueAsString(draft)).param("id", id).update();
    }

    void insertVersion(long planId, int number, PlanContent content, String by) {
        jdbc.sql("INSERT INTO plan_version (plan_id, number, snapshot, finalised_by) VALUES (:plan, :n, CAST(:s AS jsonb), :by)")
                .param("plan", planId).param("n", number).param("s", json.writeValueAsString(content)).param("by", by).update();
        jdbc.sql("UPDATE child_plan SET draft = NULL, draft_version = draft_version + 1, latest_version = :n WHERE id = :id")
                .param("n", number).param("id", planId).update();
    }

    List<PlanVersion> versions(long planId) {
        return jdbc.sql("SELECT * FROM plan_version WHERE plan_id = :id ORDER BY number").param("id", planId)
                .query((rs, n) -> mapVersion(rs)).list();
    }

    Optional<PlanVersion> version(long planId, int number) {
        return jdbc.sql("SELECT * FROM plan_version WHERE plan_id = :id AND number = :n").param("id", planId).param("n", number)
                .query((rs, n) -> mapVersion(rs)).optional();
    }

    Map<String, LocalDate> actionsDone(long planId) {
        return jdbc.sql("SELECT action_id, done_on FROM plan_action_done WHERE plan_id = :id").param("id", planId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getDate(2).toLocalDate())).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private ChildPlan map(ResultSet rs) throws SQLException {
        String draft = rs.getString("draft");
        Long cp = rs.getObject("cp_plan_id", Long.class);
        return new ChildPlan(rs.getLong("id"), rs.getLong("person_id"), PlanKind.valueOf(rs.getString("kind")),
                cp, rs.getDate("started_on").toLocalDate(),
                draft == null ? null : json.readValue(draft, PlanContent.class), rs.getInt("draft_version"),
                rs.getInt("latest_version"), rs.getObject("family_plan_id", Long.class));
    }

    private PlanVersion mapVersion(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("finalised_at");
        return new PlanVersion(rs.getLong("plan_id"), rs.getInt("number"), json.readValue(rs.getString("snapshot"), PlanContent.class),
                rs.getString("finalised_by"), at.toInstant());
    }
}
