package org.opencsc.protection.conference;

import java.sql.Date;
import java.time.LocalDate;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.protection.AbuseCategory;
import org.opencsc.protection.ChildProtectionPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Review conferences, and what they change on the plan. */
@Repository
class ReviewConferenceRepository {

    private final JdbcClient jdbc;

    ReviewConferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The day of the plan's latest conference: the initial one, or the latest review. Every plan
     * starts at an initial conference, so only a plan that does not exist has none.
     */
    LocalDate lastConferenceOn(long planId) {
        return jdbc.sql("""
                        SELECT max(c.held_on) FROM cp_conference c JOIN cp_plan p ON p.id = :plan
                        WHERE c.id = p.conference_id OR c.plan_id = p.id
                        """)
                .param("plan", planId).query(LocalDate.class).optional()
                .orElseThrow(() -> new NotFoundException("There is no child protection plan " + planId));
    }

    /** Whether the plan has had a review conference yet. */
    boolean reviewed(long planId) {
        return jdbc.sql("SELECT count(*) FROM cp_conference WHERE plan_id = :plan").param("plan", planId)
                .query(Long.class).single() > 0;
    }

    long insertReview(ChildProtectionPlan plan, ReviewConferenceInput in, String attendees, String recordedBy, Long chairUserId) {
        boolean continues = in.decision() == ReviewDecision.CONTINUE_PLAN;
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO cp_conference (person_id, kind, plan_id, decision, held_on, chair, attendees, child_views,
                                                   plan_needed, category, reasons, recorded_by, chair_user_id)
                        VALUES (:person, 'REVIEW', :plan, :decision, :held, :chair, :attendees, :views, :continues, :category,
                                :reasons, :by, :chairUser)
                        """)
                .param("person", plan.personId()).param("plan", plan.id()).param("decision", in.decision().name())
                .param("held", Date.valueOf(in.heldOn())).param("chair", in.chair().trim())
                .param("attendees", attendees).param("views", in.childViews().trim())
                .param("continues", continues).param("category", continues ? in.category().name() : null)
                .param("reasons", in.reasons().trim()).param("by", recordedBy).param("chairUser", chairUserId)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void continuePlan(long planId, AbuseCategory category, LocalDate nextReviewDue) {
        jdbc.sql("UPDATE cp_plan SET category = :category, next_review_due_on = :due WHERE id = :id")
                .param("category", category.name()).param("due", Date.valueOf(nextReviewDue)).param("id", planId).update();
    }

    void endPlan(long planId, LocalDate endedOn, String reason) {
        jdbc.sql("UPDATE cp_plan SET ended_on = :ended, end_reason = :reason WHERE id = :id AND ended_on IS NULL")
                .param("ended", Date.valueOf(endedOn)).param("reason", reason).param("id", planId).update();
    }
}
