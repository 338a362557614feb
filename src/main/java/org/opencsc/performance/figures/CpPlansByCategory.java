package org.opencsc.performance.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencsc.performance.Bucket;
import org.opencsc.performance.Definitions;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureGroup;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.AbuseCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Child protection plans open at the end of the period, by the category of abuse they were under that day. */
@Component
class CpPlansByCategory implements Figure {

    private final JdbcClient jdbc;

    CpPlansByCategory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "cp-plans-by-category";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.ASSESSMENT_AND_PROTECTION;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String label() {
        return "Child protection plans by category";
    }

    @Override
    public String definition() {
        return "Each child protection plan open at the end of the period, by its category of abuse on that day (the category"
                + " of the latest review conference that continued the plan, or else the initial conference’s). "
                + Definitions.OPEN_AT_TEXT;
    }

    @Override
    public Boolean higherIsBetter() {
        return null;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        LocalDate end = query.period().to();
        List<OpenPlansAt.Plan> plans = OpenPlansAt.read(jdbc, query);
        List<FigureRow> rows = new ArrayList<>(plans.size());
        List<String> keys = new ArrayList<>(plans.size());
        long[] counts = new long[AbuseCategory.values().length];
        for (OpenPlansAt.Plan plan : plans) {
            rows.add(new FigureRow(plan.personId(), plan.startedOn(), plan.category().label() + ": plan open since "
                    + Dates.govuk(plan.startedOn()) + " (" + plan.openFor(end) + ")", true, plan.id()));
            keys.add(plan.category().name());
            counts[plan.category().ordinal()]++;
        }
        List<Bucket> buckets = Arrays.stream(AbuseCategory.values())
                .map(c -> new Bucket(c.name(), c.label(), counts[c.ordinal()], counts[c.ordinal()]))
                .toList();
        return new FigureResult(rows, buckets, keys, false);
    }
}
