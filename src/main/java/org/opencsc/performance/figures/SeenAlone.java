package org.opencsc.performance.figures;

import java.util.List;
import org.opencsc.performance.Definitions;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureGroup;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.opencsc.platform.web.Dates;
import org.springframework.stereotype.Component;

/**
 * Children seen alone at their last visit: what Annex A list 7 asks of every child on a plan, and
 * what the child's record shows beside their last visit.
 */
@Component
class SeenAlone implements Figure {

    private final ChildrenToVisit children;

    SeenAlone(ChildrenToVisit children) {
        this.children = children;
    }

    @Override
    public String key() {
        return "seen-alone";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.VISITS_AND_OVERSIGHT;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String label() {
        return "Children seen alone at their last visit";
    }

    @Override
    public String definition() {
        return "Each child on a child protection plan or in need (a referral open and allocated to a worker) at the end of"
                + " the period who had been seen at a visit on or before the end, counted as seen alone when the latest"
                + " visit where they were seen, on or before the end, saw them alone. A visit where the child was not seen"
                + " is not their last visit; a child never seen is not counted here (the visits in time figures count them"
                + " as overdue). " + Definitions.HELD_BY_TEXT;
    }

    @Override
    public Boolean higherIsBetter() {
        return true;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        List<FigureRow> rows = children.at(query).stream().filter(c -> c.lastSeenOn() != null)
                .map(c -> {
                    boolean alone = Boolean.TRUE.equals(c.lastSeenAlone());
                    return new FigureRow(c.personId(), c.lastSeenOn(), "Last seen on " + Dates.govuk(c.lastSeenOn())
                            + (alone ? ", alone" : ", not alone") + " (" + c.plan().label() + ")", alone, c.lastVisitId());
                })
                .toList();
        return FigureResult.share(rows);
    }
}
