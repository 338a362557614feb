package org.opencsc.performance.figures;

import java.sql.Date;
import java.util.List;
import org.opencsc.performance.Definitions;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureGroup;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.opencsc.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans with overdue actions, with the meaning the plan package gives "overdue"
 * ({@code PlanContent.Action.overdue}, the plan actions' due work): a due date before the day,
 * and not done: no done date in the plan, and not marked done at a review ({@code plan_action_done}).
 * Read as at the end of the period: what had been done by then.
 */
@Component
class OverdueActions implements Figure {

    private final JdbcClient jdbc;

    OverdueActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "overdue-actions";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.PROGRESS;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String label() {
        return "Plans with overdue actions";
    }

    @Override
    public String definition() {
        return "Each child’s plan open at the end of the period, counted as having overdue actions when at least one of its"
                + " actions was due before the end of the period and had not been done by the end: no done date on or before"
                + " the end, neither in the plan nor marked at a review. An action due on the last day of the period is not"
                + " yet overdue. A higher share is worse. " + OpenPlans.TEXT + " " + Definitions.HELD_BY_TEXT;
    }

    @Override
    public Boolean higherIsBetter() {
        return false;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        List<FigureRow> rows = jdbc.sql("""
                        WITH %s,
                        action AS (
                            SELECT op.plan_id, a ->> 'what' AS what, CAST(a ->> 'dueOn' AS date) AS due_on
                            FROM open_plan op
                            CROSS JOIN LATERAL jsonb_array_elements(op.snapshot -> 'needs') n
                            CROSS JOIN LATERAL jsonb_array_elements(n -> 'actions') a
                            WHERE CAST(a ->> 'dueOn' AS date) < :to
                              AND (a ->> 'doneOn' IS NULL OR CAST(a ->> 'doneOn' AS date) > :to)
                              AND NOT EXISTS (SELECT 1 FROM plan_action_done d WHERE d.plan_id = op.plan_id
                                                AND d.action_id = a ->> 'id' AND d.done_on <= :to)
                        ), overdue AS (
                            SELECT plan_id, count(*) AS actions, min(due_on) AS first_due,
                                   (array_agg(what ORDER BY due_on, what))[1] AS first_what
                            FROM action GROUP BY plan_id
                        )
                        SELECT op.person_id, op.plan_id, op.kind, op.started_on, o.actions, o.first_due, o.first_what
                        FROM open_plan op LEFT JOIN overdue o ON o.plan_id = op.plan_id
                        ORDER BY op.person_id
                        """.formatted(OpenPlans.cte(query)))
                .param("to", Date.valueOf(query.period().to())).param("teams", query.teamsParam())
                .query((rs, n) -> {
                    long overdue = rs.getLong("actions");
                    String kind = OpenPlans.kindLabel(rs.getString("kind"));
                    if (overdue == 0) {
                        return new FigureRow(rs.getLong("person_id"), rs.getDate("started_on").toLocalDate(),
                                kind + ": no action overdue", false, rs.getLong("plan_id"));
                    }
                    return new FigureRow(rs.getLong("person_id"), rs.getDate("first_due").toLocalDate(),
                            kind + ": " + overdue + (overdue == 1 ? " action" : " actions") + " overdue, the first due "
                                    + Dates.govuk(rs.getDate("first_due").toLocalDate()) + " (" + shorten(rs.getString("first_what")) + ")",
                            true, rs.getLong("plan_id"));
                })
                .list();
        return FigureResult.share(rows);
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
