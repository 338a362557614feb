package org.opencsc.plan;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class PlanReviewRepository {

    private final JdbcClient jdbc;

    PlanReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ChildPlan plan, ReviewInput in, String by) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO plan_review (plan_id, person_id, kind, cp_core_group_id, cp_conference_id, held_on,
                                                 attendance, decision, plan_version, recorded_by)
                        VALUES (:plan, :person, :kind, :core, :conf, :held, :attendance, :decision, :version, :by)
                        """)
                .param("plan", plan.id()).param("person", plan.personId()).param("kind", in.kind().name())
                .param("core", in.coreGroupId()).param("conf", in.conferenceId()).param("held", Date.valueOf(in.heldOn()))
                .param("attendance", in.attendance().trim()).param("decision", in.decision().trim())
                .param("version", plan.latestVersion()).param("by", by)
                .update(key, "id");
        long id = key.getKey().longValue();
        in.scores().forEach((outcome, score) -> jdbc.sql("INSERT INTO plan_review_score (review_id, outcome_id, score) VALUES (?, ?, ?)")
                .params(id, outcome, score).update());
        return id;
    }

    /** Marks actions done; an action already marked keeps its first date. */
    void markDone(long planId, long reviewId, Map<String, LocalDate> done) {
        done.forEach((action, on) -> jdbc.sql("""
                        INSERT INTO plan_action_done (plan_id, action_id, done_on, review_id) VALUES (?, ?, ?, ?)
                        ON CONFLICT (plan_id, action_id) DO NOTHING
                        """).params(planId, action, Date.valueOf(on), reviewId).update());
    }

    /** The plan's reviews in date order, each with its scores. */
    List<PlanReview> forPlan(long planId) {
        Map<Long, Map<String, Integer>> scores = new HashMap<>();
        jdbc.sql("""
                        SELECT s.review_id, s.outcome_id, s.score FROM plan_review_score s
                        JOIN plan_review r ON r.id = s.review_id WHERE r.plan_id = :plan
                        """).param("plan", planId)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        return jdbc.sql("SELECT * FROM plan_review WHERE plan_id = :plan ORDER BY held_on, id").param("plan", planId)
                .query((rs, n) -> new PlanReview(rs.getLong("id"), planId, ReviewKind.valueOf(rs.getString("kind")),
                        rs.getObject("cp_core_group_id", Long.class), rs.getObject("cp_conference_id", Long.class),
                        rs.getDate("held_on").toLocalDate(), rs.getString("attendance"), rs.getString("decision"),
                        rs.getInt("plan_version"), rs.getString("recorded_by"),
                        Map.copyOf(scores.getOrDefault(rs.getLong("id"), Map.of()))))
                .list();
    }

    /** Empty until the plan's first review: max() of no rows is null, which single() refuses. */
    Optional<LocalDate> lastReviewOn(long planId) {
        return jdbc.sql("SELECT max(held_on) FROM plan_review WHERE plan_id = :plan").param("plan", planId)
                .query(LocalDate.class).optional();
    }

    /** The CP plan a core group meeting belongs to. */
    Optional<Long> cpPlanOfCoreGroup(long coreGroupId) {
        return jdbc.sql("SELECT plan_id FROM cp_core_group WHERE id = :id").param("id", coreGroupId).query(Long.class).optional();
    }

    /** The CP plan a review conference reviewed. */
    Optional<Long> cpPlanOfReviewConference(long conferenceId) {
        return jdbc.sql("SELECT plan_id FROM cp_conference WHERE id = :id AND kind = 'REVIEW'").param("id", conferenceId)
                .query(Long.class).optional();
    }
}
