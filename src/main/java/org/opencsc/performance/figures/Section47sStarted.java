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

/** Section 47 enquiries started per month: each enquiry on the day the strategy discussion started it. */
@Component
class Section47sStarted implements Figure {

    private final JdbcClient jdbc;

    Section47sStarted(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "s47s";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.ASSESSMENT_AND_PROTECTION;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String label() {
        return "Section 47 enquiries started";
    }

    @Override
    public String definition() {
        return "Each Section 47 enquiry, counted on the day it started (the day of the strategy discussion that decided on it),"
                + " by month.";
    }

    @Override
    public Boolean higherIsBetter() {
        return null;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        List<FigureRow> rows = jdbc.sql("""
                        SELECT s.id, s.person_id, s.started_on, s.outcome
                        FROM s47_enquiry s JOIN person p ON p.id = s.person_id AND p.merged_into IS NULL
                        WHERE s.started_on BETWEEN :from AND :to AND %s
                        ORDER BY s.started_on, s.id
                        """.formatted(Definitions.heldBy(query, "s.person_id", "s.started_on")))
                .param("from", Date.valueOf(query.period().from())).param("to", Date.valueOf(query.period().to()))
                .param("teams", query.teamsParam())
                .query((rs, n) -> new FigureRow(rs.getLong("person_id"), rs.getDate("started_on").toLocalDate(),
                        "Section 47 enquiry: " + outcome(rs.getString("outcome")), true, rs.getLong("id")))
                .list();
        return Monthly.of(query.period(), rows, false);
    }

    private static String outcome(String code) {
        if (code == null) {
            return "not yet concluded";
        }
        return switch (code) {
            case "ICPC_REQUIRED" -> "initial conference needed";
            case "CONCERNS_NOT_SUBSTANTIATED" -> "concerns not substantiated";
            case "SUBSTANTIATED_NO_ICPC" -> "concerns substantiated, no conference needed";
            default -> code;
        };
    }
}
