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
 * Contact decisions made within 1 working day: each child of a contact decided in the period, in
 * time when the decision's London date is on or before the contact's due date (the front door
 * sets it 1 working day after receipt). Counted per child like the contacts figure; the front
 * door's own month figures count contacts.
 */
@Component
class DecisionsInTime implements Figure {

    private final JdbcClient jdbc;

    DecisionsInTime(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "decisions-in-time";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.FRONT_DOOR;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String label() {
        return "Contact decisions made within 1 working day";
    }

    @Override
    public String definition() {
        return "Each child of a contact decided in the period (the day the decision was made, London time, whether or not"
                + " a manager has signed it off yet), by month: in time when decided on or before the contact’s due date,"
                + " 1 working day after the day it came in. " + Definitions.IN_TIME_TEXT
                + " A contact still waiting for a decision is not counted until it is decided.";
    }

    @Override
    public Boolean higherIsBetter() {
        return true;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        String decided = "(d.decided_at AT TIME ZONE 'Europe/London')::date";
        List<FigureRow> rows = jdbc.sql("""
                        SELECT cc.person_id, c.id, %1$s AS decided_on, c.decision_due_on,
                               CASE WHEN %1$s > c.decision_due_on THEN %3$s END AS days_late
                        FROM contact_decision d JOIN contact c ON c.id = d.contact_id
                        JOIN contact_child cc ON cc.contact_id = c.id
                        JOIN person p ON p.id = cc.person_id AND p.merged_into IS NULL
                        WHERE %1$s BETWEEN :from AND :to AND %2$s
                        ORDER BY decided_on, c.id, cc.person_id
                        """.formatted(decided, Definitions.heldBy(query, "cc.person_id", decided),
                        WorkingDaysSql.between("c.decision_due_on", decided)))
                .param("from", Date.valueOf(query.period().from())).param("to", Date.valueOf(query.period().to()))
                .param("teams", query.teamsParam())
                .query((rs, n) -> {
                    Integer late = (Integer) rs.getObject("days_late");
                    String due = Dates.govuk(rs.getDate("decision_due_on").toLocalDate());
                    return new FigureRow(rs.getLong("person_id"), rs.getDate("decided_on").toLocalDate(),
                            late == null ? "Decided in time (due " + due + ")"
                                    // Decided at the weekend after a Friday due date: late, by no working day.
                                    : "Decided " + (late == 0 ? "" : WorkingDaysSql.words(late) + " ") + "late (due " + due + ")",
                            late == null, rs.getLong("id"));
                })
                .list();
        return Monthly.of(query.period(), rows, true);
    }
}
