package org.opencsc.performance.figures;

import org.opencsc.visit.VisitPlanType;
import org.springframework.stereotype.Component;

/** Children on a child protection plan seen within the visiting frequency. */
@Component
class CpVisitsInTime extends VisitsInTime {

    CpVisitsInTime(ChildrenToVisit children) {
        super(children, VisitPlanType.CHILD_PROTECTION);
    }

    @Override
    public String key() {
        return "cp-visits-in-time";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String label() {
        return "Children on a child protection plan visited in time";
    }

    @Override
    String whoCounts() {
        return "Each child on a child protection plan open at the end of the period";
    }
}
