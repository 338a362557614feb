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
import org.opencsc.visit.VisitPlanType;

/**
 * Children under one kind of plan at the end of the period who were seen within the visiting
 * frequency the app applies: their next visit, due so many working days after the last visit
 * where they were seen (or after the plan started), was not overdue at the end of the period.
 */
abstract class VisitsInTime implements Figure {

    private final ChildrenToVisit children;
    private final VisitPlanType plan;

    VisitsInTime(ChildrenToVisit children, VisitPlanType plan) {
        this.children = children;
        this.plan = plan;
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.VISITS_AND_OVERSIGHT;
    }

    @Override
    public Boolean higherIsBetter() {
        return true;
    }

    /** Who the figure counts, in words, for the definition. */
    abstract String whoCounts();

    @Override
    public String definition() {
        return whoCounts() + ", counted as in time when they were seen within " + children.workingDays(plan)
                + " working days (the council’s visiting frequency for " + plan.label() + ", which the visits due work"
                + " also uses): at the end of the period their next visit, due " + children.workingDays(plan)
                + " working days after the last visit where they were seen (or after the "
                + (plan == VisitPlanType.CHILD_PROTECTION ? "plan" : "referral") + " started, when they have not been seen"
                + " since), was not yet overdue. A visit on its due day is in time; a visit where the child was not seen"
                + " does not count. " + Definitions.IN_TIME_TEXT + " " + Definitions.HELD_BY_TEXT;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        LocalDate end = query.period().to();
        List<FigureRow> rows = children.at(query).stream().filter(c -> c.plan() == plan)
                .map(c -> {
                    boolean inTime = !c.nextDueOn().isBefore(end);
                    String seen = c.lastSeenOn() == null || c.lastSeenOn().isBefore(c.startedOn())
                            ? "Not seen since the " + (plan == VisitPlanType.CHILD_PROTECTION ? "plan" : "referral") + " started on "
                            + Dates.govuk(c.startedOn())
                            : "Last seen on " + Dates.govuk(c.lastSeenOn());
                    return new FigureRow(c.personId(), c.nextDueOn(), seen + "; next visit " + (inTime ? "due " : "was due ")
                            + Dates.govuk(c.nextDueOn()) + (inTime ? "" : ": overdue"), inTime, c.lastVisitId());
                })
                .toList();
        return FigureResult.share(rows);
    }
}
