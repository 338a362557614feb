package org.opencsc.performance.figures;

import org.opencsc.performance.Definitions;
import org.opencsc.performance.FigureQuery;

/**
 * Each child's plan open at the end of a figure's period, as of then: a SQL common table
 * expression {@code open_plan(plan_id, person_id, kind, started_on, version, snapshot)} for the
 * progress figures, bound with {@code :to} and {@code :teams}.
 *
 * <p>A child's plan is their latest plan started by the end (as the child's record takes their
 * latest plan as current), when it is open then: a child protection plan's content while that
 * plan is open, a child in need plan while the child has a referral open and the plan has no end
 * date by then (the census's CINPlanEndDate). It counts as it read at the end: its latest version finalised on or before that day (a plan with no version by then is a
 * draft, and has no outcomes or actions to count yet).
 */
final class OpenPlans {

    /** Stated beside the progress figures. */
    static final String TEXT = "A child’s plan is open at the end of the period when it is their latest plan started by"
            + " then and, for a child protection plan, the plan is open then, or for a child in need plan, the child has a"
            + " referral open then and the plan has not ended; it is read as its latest version finalised on or before"
            + " the end (a plan still in draft is not counted).";

    private OpenPlans() {
    }

    static String cte(FigureQuery query) {
        return """
                open_plan AS (
                    SELECT p.id AS plan_id, p.person_id, p.kind, p.started_on, v.number AS version, v.snapshot
                    FROM (SELECT DISTINCT ON (p.person_id) p.* FROM child_plan p WHERE p.started_on <= :to
                          ORDER BY p.person_id, p.started_on DESC, p.id DESC) p
                    JOIN LATERAL (SELECT pv.number, pv.snapshot FROM plan_version pv WHERE pv.plan_id = p.id
                                    AND (pv.finalised_at AT TIME ZONE 'Europe/London')::date <= :to
                                  ORDER BY pv.number DESC LIMIT 1) v ON true
                    LEFT JOIN cp_plan cp ON cp.id = p.cp_plan_id
                    WHERE CASE WHEN p.cp_plan_id IS NOT NULL THEN %1$s
                               ELSE %4$s AND EXISTS (SELECT 1 FROM referral r WHERE r.person_id = p.person_id AND %2$s) END
                      AND %3$s
                )""".formatted(Definitions.openAt("cp.started_on", "cp.ended_on", ":to"),
                Definitions.openAt("r.referral_date", "r.closure_date", ":to"),
                Definitions.heldBy(query, "p.person_id", ":to"), Definitions.openAt("p.started_on", "p.ended_on", ":to"));
    }

    static String kindLabel(String kind) {
        return "CP".equals(kind) ? "Child protection plan" : "Child in need plan";
    }
}
