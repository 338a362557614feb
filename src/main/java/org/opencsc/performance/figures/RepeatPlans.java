package org.opencsc.performance.figures;

import java.sql.Date;
import java.util.List;
import org.opencsc.performance.Definitions;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureGroup;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Repeat plans: plans started in the period that are the child's second or later plan ever, the
 * DfE's published measure ("second or subsequent plan"), counted as the census counts
 * NumberOfPreviousCPP: the number a census file gave for the plan, else the child's plans that
 * started before it. Not {@code cp_plan.repeat_plan}: the protection feature sets that when a
 * previous plan ended within the 2 years before (its own list's rule), which is not the same figure.
 */
@Component
class RepeatPlans implements Figure {

    private final JdbcClient jdbc;

    RepeatPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "repeat-plans";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.ASSESSMENT_AND_PROTECTION;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String label() {
        return "Repeat child protection plans";
    }

    @Override
    public String definition() {
        return "Each child protection plan started in the period, by month: a repeat plan when it is the child’s second or"
                + " later plan ever (the DfE’s measure, not only within 2 years): the child had a plan that started"
                + " before it, or the census return it came from counted previous plans.";
    }

    @Override
    public Boolean higherIsBetter() {
        return false;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        List<FigureRow> rows = jdbc.sql("""
                        SELECT pl.id, pl.person_id, pl.started_on,
                               coalesce(pl.previous_plans, (SELECT count(*) FROM cp_plan e
                                   WHERE e.person_id = pl.person_id AND e.started_on < pl.started_on))::int AS previous
                        FROM cp_plan pl JOIN person p ON p.id = pl.person_id AND p.merged_into IS NULL
                        WHERE pl.started_on BETWEEN :from AND :to AND %s
                        ORDER BY pl.started_on, pl.id
                        """.formatted(Definitions.heldBy(query, "pl.person_id", "pl.started_on")))
                .param("from", Date.valueOf(query.period().from())).param("to", Date.valueOf(query.period().to()))
                .param("teams", query.teamsParam())
                .query((rs, n) -> {
                    int previous = rs.getInt("previous");
                    return new FigureRow(rs.getLong("person_id"), rs.getDate("started_on").toLocalDate(),
                            previous == 0 ? "The child’s first plan"
                                    : "Plan " + (previous + 1) + " for the child (" + previous
                                            + (previous == 1 ? " earlier plan)" : " earlier plans)"),
                            previous > 0, rs.getLong("id"));
                })
                .list();
        return Monthly.of(query.period(), rows, true);
    }
}
