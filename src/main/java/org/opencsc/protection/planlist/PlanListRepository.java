package org.opencsc.protection.planlist;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.protection.AbuseCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlanListRepository {

    /** An open plan's row before the flags are worked out. */
    record Row(long planId, long personId, String childName, AbuseCategory category, LocalDate startedOn,
               LocalDate nextReviewDueOn, LocalDate nextCoreGroupDueOn, boolean repeatPlan) {
    }

    private final JdbcClient jdbc;

    PlanListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open plans on the list as it stands on {@code today}, longest-running first. */
    List<Row> openPlans(PlanList list, LocalDate today) {
        String where = switch (list) {
            case PANEL -> "AND p.started_on <= CAST(:today AS date) - interval '12 months'";
            case OVER_TWO_YEARS -> "AND p.started_on < CAST(:today AS date) - interval '2 years'";
            case REPEAT -> "AND p.repeat_plan";
            case ALL -> "AND CAST(:today AS date) IS NOT NULL";
        };
        return jdbc.sql("""
                        SELECT p.id, p.person_id, coalesce(per.given_name || ' ', '') || per.family_name AS name, p.category,
                               p.started_on, p.next_review_due_on, p.next_core_group_due_on, p.repeat_plan
                        FROM cp_plan p JOIN person per ON per.id = p.person_id
                        WHERE p.ended_on IS NULL AND per.merged_into IS NULL
                        """ + where + " ORDER BY p.started_on, p.id LIMIT 2000")
                .param("today", Date.valueOf(today))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
                        AbuseCategory.valueOf(rs.getString("category")), rs.getDate("started_on").toLocalDate(),
                        rs.getDate("next_review_due_on").toLocalDate(), rs.getDate("next_core_group_due_on").toLocalDate(),
                        rs.getBoolean("repeat_plan")))
                .list();
    }
}
