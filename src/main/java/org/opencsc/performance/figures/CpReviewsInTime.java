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
 * Review conferences in time. Each review's due date is derived as the protection feature set it
 * when the review was next ({@code protection.PlanTimescales}): the plan's first review by
 * {@code cp_plan.first_review_due_on} (3 months after the initial conference, moved with a
 * corrected conference date), a later one 6 months after the review before it. Not
 * {@code cp_plan.next_review_due_on}: that holds only the next review's date and moves on at
 * every review, so it says nothing about the reviews already held.
 */
@Component
class CpReviewsInTime implements Figure {

    private final JdbcClient jdbc;

    CpReviewsInTime(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "cp-reviews-in-time";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.ASSESSMENT_AND_PROTECTION;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String label() {
        return "Child protection reviews in time";
    }

    @Override
    public String definition() {
        return "Each review child protection conference held in the period (including one that ended the plan), by month:"
                + " in time when held on or before its due date, which is 3 months after the initial conference for the"
                + " plan’s first review and 6 months after the previous review for every later one (Working Together 2023)."
                + " In time: held on or before the day it was due.";
    }

    @Override
    public Boolean higherIsBetter() {
        return true;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        List<FigureRow> rows = jdbc.sql("""
                        SELECT c.id, c.person_id, c.held_on, previous.held_on AS previous_on,
                               coalesce((previous.held_on + interval '6 months')::date, pl.first_review_due_on) AS due_on
                        FROM cp_conference c JOIN cp_plan pl ON pl.id = c.plan_id
                        JOIN person p ON p.id = c.person_id AND p.merged_into IS NULL
                        LEFT JOIN LATERAL (
                            SELECT e.held_on FROM cp_conference e
                            WHERE e.plan_id = c.plan_id AND e.kind = 'REVIEW'
                              AND (e.held_on < c.held_on OR (e.held_on = c.held_on AND e.id < c.id))
                            ORDER BY e.held_on DESC, e.id DESC LIMIT 1) previous ON TRUE
                        WHERE c.kind = 'REVIEW' AND c.held_on BETWEEN :from AND :to AND %s
                        ORDER BY c.held_on, c.id
                        """.formatted(Definitions.heldBy(query, "c.person_id", "c.held_on")))
                .param("from", Date.valueOf(query.period().from())).param("to", Date.valueOf(query.period().to()))
                .param("teams", query.teamsParam())
                .query((rs, n) -> {
                    boolean inTime = !rs.getDate("held_on").after(rs.getDate("due_on"));
                    Date previous = rs.getDate("previous_on");
                    String due = Dates.govuk(rs.getDate("due_on").toLocalDate());
                    return new FigureRow(rs.getLong("person_id"), rs.getDate("held_on").toLocalDate(),
                            (previous == null ? "First review" : "Review after the one on " + Dates.govuk(previous.toLocalDate()))
                                    + (inTime ? ": in time (due " : ": late (due ") + due + ")",
                            inTime, rs.getLong("id"));
                })
                .list();
        return Monthly.of(query.period(), rows, true);
    }
}
