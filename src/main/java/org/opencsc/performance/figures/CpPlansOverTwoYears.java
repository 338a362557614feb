package org.opencsc.performance.figures;

import java.time.LocalDate;
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
 * Plans open over 2 years at the end of the period, as a share of the plans open then: the plan
 * list's rule ({@code protection.planlist}: started before the same day two years earlier), so on
 * its 2-year day a plan is not yet over 2 years, and a plan that ended on that day is not open.
 */
@Component
class CpPlansOverTwoYears implements Figure {

    private final JdbcClient jdbc;

    CpPlansOverTwoYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "cp-plans-over-2-years";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.ASSESSMENT_AND_PROTECTION;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String label() {
        return "Child protection plans open over 2 years";
    }

    @Override
    public String definition() {
        return "Of the child protection plans open at the end of the period, those that had been open over 2 years that day:"
                + " started before the same date two years earlier (on its 2-year day a plan is not yet over 2 years),"
                + " as the plan list counts them. " + Definitions.OPEN_AT_TEXT;
    }

    @Override
    public Boolean higherIsBetter() {
        return false;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        LocalDate end = query.period().to();
        List<FigureRow> rows = OpenPlansAt.read(jdbc, query).stream()
                .map(plan -> new FigureRow(plan.personId(), plan.startedOn(), "Open " + plan.openFor(end) + " (since "
                        + Dates.govuk(plan.startedOn()) + ", " + plan.category().label().toLowerCase() + ")",
                        plan.startedOn().plusYears(2).isBefore(end), plan.id()))
                .toList();
        return FigureResult.share(rows);
    }
}
