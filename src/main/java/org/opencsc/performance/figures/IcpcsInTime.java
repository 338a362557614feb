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
 * Initial child protection conferences within 15 working days of the strategy discussion: each
 * initial conference held in the period (the census's initial conference: {@code cp_conference}
 * of kind INITIAL, reached from its Section 47 enquiry), in time when held on or before the
 * enquiry's {@code icpc_due_on}. An initial conference imported with no enquiry behind it (a plan
 * transferred in) has no due date here and is not counted.
 */
@Component
class IcpcsInTime implements Figure {

    private final JdbcClient jdbc;

    IcpcsInTime(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "icpcs-in-time";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.ASSESSMENT_AND_PROTECTION;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String label() {
        return "Initial conferences within 15 working days of the strategy discussion";
    }

    @Override
    public String definition() {
        return "Each initial child protection conference held in the period, by month: in time when held on or before"
                + " its due date, 15 working days after the strategy discussion that started the Section 47 enquiry. "
                + Definitions.IN_TIME_TEXT + " A conference with no Section 47 enquiry recorded (a plan transferred in"
                + " from another council) has no due date and is not counted.";
    }

    @Override
    public Boolean higherIsBetter() {
        return true;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        List<FigureRow> rows = jdbc.sql("""
                        SELECT c.id, c.person_id, c.held_on, s.icpc_due_on, %2$s AS working_days
                        FROM cp_conference c JOIN s47_enquiry s ON s.id = c.s47_enquiry_id
                        JOIN person p ON p.id = c.person_id AND p.merged_into IS NULL
                        WHERE c.kind = 'INITIAL' AND c.held_on BETWEEN :from AND :to AND %1$s
                        ORDER BY c.held_on, c.id
                        """.formatted(Definitions.heldBy(query, "c.person_id", "c.held_on"),
                        WorkingDaysSql.between("s.started_on", "c.held_on")))
                .param("from", Date.valueOf(query.period().from())).param("to", Date.valueOf(query.period().to()))
                .param("teams", query.teamsParam())
                .query((rs, n) -> {
                    boolean inTime = !rs.getDate("held_on").after(rs.getDate("icpc_due_on"));
                    return new FigureRow(rs.getLong("person_id"), rs.getDate("held_on").toLocalDate(),
                            "Held " + WorkingDaysSql.words(rs.getInt("working_days")) + " after the strategy discussion ("
                                    + (inTime ? "due " : "late: due ") + Dates.govuk(rs.getDate("icpc_due_on").toLocalDate()) + ")",
                            inTime, rs.getLong("id"));
                })
                .list();
        return Monthly.of(query.period(), rows, true);
    }
}
