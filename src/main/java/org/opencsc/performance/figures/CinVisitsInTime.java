package org.opencsc.performance.figures;

import org.opencsc.visit.VisitPlanType;
import org.springframework.stereotype.Component;

/** Children in need (not on a child protection plan) seen within the visiting frequency. */
@Component
class CinVisitsInTime extends VisitsInTime {

    CinVisitsInTime(ChildrenToVisit children) {
        super(children, VisitPlanType.CHILD_IN_NEED);
    }

    @Override
    public String key() {
        return "cin-visits-in-time";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String label() {
        return "Children in need visited in time";
    }

    @Override
    String whoCounts() {
        return "Each child in need at the end of the period: a child with a referral open then and allocated to a worker,"
                + " who is not on a child protection plan (those count in the child protection figure), whether or not a"
                + " child in need plan has been written yet, as the visits due work counts them";
    }
}
