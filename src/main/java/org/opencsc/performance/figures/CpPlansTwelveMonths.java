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
 * Plans open 12 months or more at the end of the period, as a share of the plans open then: the
 * 12-month panel's rule ({@code protection.planlist}: started on or before the same day a year
 * earlier), so a plan counts from its 12-month day.
 */
@Component
class CpPlansTwelveMonths implements Figure {

    private final JdbcClient jdbc;

    CpPlansTwelveMonths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "cp-plans-12-months";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.ASSESSMENT_AND_PROTECTION;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String label() {
        return "Child protection plans open 12 months or more";
    }

    @Override
    public String definition() {
        return "Of the child protection plans open at the end of the period, those that had been open 12 months or more"
                + " that day: started on or before the same date a year earlier (a plan counts from its 12-month day on),"
                + " as the 12-month panel list counts them. " + Definitions.OPEN_AT_TEXT;
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
                        !plan.startedOn().plusMonths(12).isAfter(end), plan.id()))
                .toList();
        return FigureResult.share(rows);
    }
}
