package org.opencsc.performance.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.performance.Definitions;
import org.opencsc.performance.FigureQuery;
import org.opencsc.visit.VisitFrequency;
import org.opencsc.visit.VisitPlanType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The children the app expects to be visited, as at the end of a figure's period, with their last
 * visit where they were seen: the same rule as the visits due work ({@code visit.VisitFrequency}),
 * read at a past date instead of today. A child on a child protection plan open at the end is
 * visited under it, counted from the plan's start; otherwise a child with a referral open and
 * allocated to a worker at the end is a child in need, counted from the earliest such referral.
 * One query for every child; the due dates are then counted by the app's own calendar rule.
 */
@Component
class ChildrenToVisit {

    /** A child to be visited: under which plan, since when, and the last visit where they were seen (nulls: never). */
    record ToVisit(long personId, VisitPlanType plan, LocalDate startedOn, Long lastVisitId, LocalDate lastSeenOn,
                   Boolean lastSeenAlone, LocalDate nextDueOn) {
    }

    private final JdbcClient jdbc;
    private final VisitFrequency frequency;

    ChildrenToVisit(JdbcClient jdbc, VisitFrequency frequency) {
        this.jdbc = jdbc;
        this.frequency = frequency;
    }

    int workingDays(VisitPlanType plan) {
        return frequency.workingDays(plan);
    }

    /** Every child to be visited at the end of the query's period, held by its teams then. */
    List<ToVisit> at(FigureQuery query) {
        return jdbc.sql("""
                        WITH cp AS (
                            SELECT DISTINCT ON (cp.person_id) cp.person_id, cp.started_on FROM cp_plan cp
                            WHERE %1$s ORDER BY cp.person_id, cp.started_on DESC
                        ), cin AS (
                            SELECT r.person_id, min(r.referral_date) AS started_on FROM referral r
                            WHERE %2$s AND r.worker_id IS NOT NULL
                              AND (r.allocated_at IS NULL OR (r.allocated_at AT TIME ZONE 'Europe/London')::date <= :to)
                            GROUP BY r.person_id
                        ), child AS (
                            SELECT coalesce(cp.person_id, cin.person_id) AS person_id, cp.person_id IS NOT NULL AS on_cp,
                                   coalesce(cp.started_on, cin.started_on) AS started_on
                            FROM cp FULL JOIN cin ON cin.person_id = cp.person_id
                        )
                        SELECT k.person_id, k.on_cp, k.started_on, seen.id AS visit_id, seen.visited_on, seen.seen_alone
                        FROM child k
                        LEFT JOIN LATERAL (SELECT v.id, v.visited_on, vc.seen_alone FROM visit_child vc JOIN visit v ON v.id = vc.visit_id
                                           WHERE vc.person_id = k.person_id AND vc.seen AND v.visited_on <= :to
                                           ORDER BY v.visited_on DESC, v.visited_time DESC NULLS LAST, v.id DESC LIMIT 1) seen ON true
                        WHERE %3$s
                        ORDER BY k.person_id
                        """.formatted(Definitions.openAt("cp.started_on", "cp.ended_on", ":to"),
                        Definitions.openAt("r.referral_date", "r.closure_date", ":to"),
                        Definitions.heldBy(query, "k.person_id", ":to")))
                .param("to", Date.valueOf(query.period().to())).param("teams", query.teamsParam())
                .query((rs, n) -> {
                    VisitPlanType plan = rs.getBoolean("on_cp") ? VisitPlanType.CHILD_PROTECTION : VisitPlanType.CHILD_IN_NEED;
                    LocalDate start = rs.getDate("started_on").toLocalDate();
                    Date seen = rs.getDate("visited_on");
                    LocalDate seenOn = seen == null ? null : seen.toLocalDate();
                    return new ToVisit(rs.getLong("person_id"), plan, start, (Long) rs.getObject("visit_id"), seenOn,
                            (Boolean) rs.getObject("seen_alone"), frequency.nextDueOn(plan, start, seenOn));
                })
                .list();
    }
}
