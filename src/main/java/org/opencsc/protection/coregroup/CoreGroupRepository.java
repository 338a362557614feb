package org.opencsc.protection.coregroup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import org.opencsc.protection.ChildProtectionPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CoreGroupRepository {

    private final JdbcClient jdbc;

    CoreGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ChildProtectionPlan plan, CoreGroupInput in, String recordedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO cp_core_group (plan_id, person_id, held_on, attendees, child_seen, progress, actions, recorded_by)
                        VALUES (:plan, :person, :held, :attendees, :seen, :progress, :actions, :by)
                        """)
                .param("plan", plan.id()).param("person", plan.personId()).param("held", Date.valueOf(in.heldOn()))
                .param("attendees", in.attendees().trim()).param("seen", in.childSeen())
                .param("progress", in.progress().trim()).param("actions", in.actions().trim()).param("by", recordedBy)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The latest core group the plan has had (recorded late ones do not move the due date back). */
    Optional<LocalDate> latestHeldOn(long planId) {
        return jdbc.sql("SELECT max(held_on) FROM cp_core_group WHERE plan_id = :plan").param("plan", planId)
                .query(LocalDate.class).optional();
    }

    void setNextDue(long planId, LocalDate due) {
        jdbc.sql("UPDATE cp_plan SET next_core_group_due_on = :due WHERE id = :id")
                .param("due", Date.valueOf(due)).param("id", planId).update();
    }
}
