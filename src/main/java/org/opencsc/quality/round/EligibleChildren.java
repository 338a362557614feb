package org.opencsc.quality.round;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The children a filter finds, in id order: children (not adults, not records merged into
 * another), never a restricted record (a random draw must not put a sealed child in front of an
 * auditor who is not named on it), with the holding team and worker each audit records.
 */
@Repository
class EligibleChildren {

    /**
     * The allocation that holds the child: the open one (the latest started, if two are open), or
     * for a closed case the last one that ended.
     */
    static final String HOLDER = """
            SELECT DISTINCT ON (a.person_id) a.person_id, a.team_id, a.worker_id, a.end_date
            FROM allocation a
            ORDER BY a.person_id, (a.end_date IS NULL) DESC, a.end_date DESC, a.start_date DESC, a.id DESC""";

    /** The current level of need, as episode.CareLevels decides it: the latest change, or CIN while a later referral is open. */
    private static final String LEVEL = """
            (SELECT CASE
                        WHEN c.to_level IS NULL THEN CASE WHEN o.opened IS NULL THEN 'NONE' ELSE 'CIN' END
                        WHEN o.opened > c.changed_on AND c.to_level IN ('NONE', 'EARLY_HELP') THEN 'CIN'
                        ELSE c.to_level END
             FROM (SELECT max(r.referral_date) AS opened FROM referral r WHERE r.person_id = p.id AND r.closure_date IS NULL) o
             LEFT JOIN LATERAL (SELECT cl.to_level, cl.changed_on FROM care_level_change cl WHERE cl.person_id = p.id
                                ORDER BY cl.changed_on DESC, cl.id DESC LIMIT 1) c ON true)""";

    private final JdbcClient jdbc;

    EligibleChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids the filter finds on {@code today} (a London date), ascending. */
    List<Long> ids(SampleFilter f, LocalDate today) {
        List<String> where = new ArrayList<>(List.of("p.is_child", "p.merged_into IS NULL", "NOT p.restricted"));
        if (f.closedWithinDays() == null) {
            where.add("h.end_date IS NULL");
        } else {
            where.add("NOT EXISTS (SELECT 1 FROM referral r WHERE r.person_id = p.id AND r.closure_date IS NULL)");
            where.add("EXISTS (SELECT 1 FROM referral r WHERE r.person_id = p.id AND r.closure_date BETWEEN :closedFrom AND :today)");
        }
        if (f.teamId() != null) {
            where.add("h.team_id = :team");
        }
        if (f.levelOfNeed() != null) {
            where.add(LEVEL + " = :level");
        }
        if (f.cpPlanOnly()) {
            where.add("EXISTS (SELECT 1 FROM cp_plan cp WHERE cp.person_id = p.id AND cp.ended_on IS NULL AND cp.started_on <= :yearAgo)");
        }
        if (f.reReferralOnly()) {
            where.add("EXISTS (SELECT 1 FROM referral r WHERE r.person_id = p.id AND r.re_referral AND r.referral_date > :yearAgo"
                    + " AND r.referral_date <= :today)");
        }
        String sql = "WITH holder AS (" + HOLDER + ") SELECT p.id FROM person p JOIN holder h ON h.person_id = p.id WHERE "
                + String.join(" AND ", where) + " ORDER BY p.id";
        var statement = jdbc.sql(sql);
        if (sql.contains(":today")) {
            statement = statement.param("today", Date.valueOf(today));
        }
        if (sql.contains(":closedFrom")) {
            statement = statement.param("closedFrom", Date.valueOf(today.minusDays(f.closedWithinDays())));
        }
        if (sql.contains(":team")) {
            statement = statement.param("team", f.teamId());
        }
        if (sql.contains(":level")) {
            statement = statement.param("level", f.levelOfNeed());
        }
        if (sql.contains(":yearAgo")) {
            statement = statement.param("yearAgo", Date.valueOf(today.minusMonths(12)));
        }
        return statement.query(Long.class).list();
    }
}
