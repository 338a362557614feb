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
 * Single assessments completed within 45 working days, as the CIN census measures them: from the
 * referral date to the manager's authorisation ({@code authorised_on}, the census
 * AssessmentAuthorisationDate), in time when authorised on or before the due date the assessment
 * feature set (45 working days after the referral date). The rows not in time are the
 * drill-down of assessments over 45 working days.
 */
@Component
class AssessmentsInTime implements Figure {

    private final JdbcClient jdbc;

    AssessmentsInTime(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "assessments-in-time";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.ASSESSMENT_AND_PROTECTION;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String label() {
        return "Assessments completed within 45 working days";
    }

    @Override
    public String definition() {
        return "Each single assessment a manager authorised in the period (the census’s assessment authorisation date),"
                + " by month: in time when authorised on or before its due date, 45 working days after the referral date,"
                + " as the assessment set it when it started. " + Definitions.IN_TIME_TEXT
                + " An assessment not yet authorised is not counted until it is.";
    }

    @Override
    public Boolean higherIsBetter() {
        return true;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        List<FigureRow> rows = jdbc.sql("""
                        SELECT a.id, a.person_id, a.authorised_on, a.due_on, %2$s AS working_days
                        FROM single_assessment a JOIN referral r ON r.id = a.referral_id
                        JOIN person p ON p.id = a.person_id AND p.merged_into IS NULL
                        WHERE a.authorised_on BETWEEN :from AND :to AND %1$s
                        ORDER BY a.authorised_on, a.id
                        """.formatted(Definitions.heldBy(query, "a.person_id", "a.authorised_on"),
                        WorkingDaysSql.between("r.referral_date", "a.authorised_on")))
                .param("from", Date.valueOf(query.period().from())).param("to", Date.valueOf(query.period().to()))
                .param("teams", query.teamsParam())
                .query((rs, n) -> {
                    boolean inTime = !rs.getDate("authorised_on").after(rs.getDate("due_on"));
                    return new FigureRow(rs.getLong("person_id"), rs.getDate("authorised_on").toLocalDate(),
                            "Authorised " + WorkingDaysSql.words(rs.getInt("working_days")) + " after the referral ("
                                    + (inTime ? "due " : "late: due ") + Dates.govuk(rs.getDate("due_on").toLocalDate()) + ")",
                            inTime, rs.getLong("id"));
                })
                .list();
        return Monthly.of(query.period(), rows, true);
    }
}
