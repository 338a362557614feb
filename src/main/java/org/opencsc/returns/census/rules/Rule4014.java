package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.springframework.stereotype.Component;

/**
 * 4014: no child in need plan of the child starts within another of the child's plans: on or after its
 * start and on or before its end, or on or before the reference date when it has no end.
 */
@Component
class Rule4014 implements CensusRule {

    @Override
    public String code() {
        return "4014";
    }

    @Override
    public String message() {
        return "CIN Plan data contains overlapping dates";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        List<CinPlanDates> plans = new ArrayList<>();
        for (CinDetails episode : child.cinDetails()) {
            for (CinPlanDates plan : episode.cinPlanDates()) {
                if (plan.startDate() != null) {
                    plans.add(plan);
                }
            }
        }
        if (plans.size() < 2) {
            return;
        }
        // by start: a plan can only start within one that started on or before it; of those, the one
        // ending last (or not at all) is the one to compare with, plus any starting the same day
        plans.sort(Comparator.comparing(CinPlanDates::startDate));
        CinPlanDates longestBefore = null;
        for (int from = 0; from < plans.size();) {
            LocalDate start = plans.get(from).startDate();
            int to = from;
            while (to < plans.size() && plans.get(to).startDate().equals(start)) {
                to++;
            }
            for (int i = from; i < to; i++) {
                CinPlanDates plan = plans.get(i);
                CinPlanDates cover = covers(longestBefore, start, context) ? longestBefore : null;
                for (int j = from; cover == null && j < to; j++) {
                    if (j != i && covers(plans.get(j), start, context)) {
                        cover = plans.get(j);
                    }
                }
                if (cover != null) {
                    problems.report(this, child, CensusModule.CIN_PLAN_DATES, plan.sourceId(),
                            of("CINPlanStartDate", plan.startDate()), of("CINPlanEndDate", plan.endDate()),
                            of("CINPlanStartDate", cover.startDate()), of("CINPlanEndDate", cover.endDate()));
                }
            }
            for (int i = from; i < to; i++) {
                longestBefore = endsLater(plans.get(i), longestBefore);
            }
            from = to;
        }
    }

    /** Whether {@code day} falls within {@code plan}, which started on or before it. */
    private static boolean covers(CinPlanDates plan, LocalDate day, RuleContext context) {
        if (plan == null) {
            return false;
        }
        return plan.endDate() == null ? !day.isAfter(context.referenceDate()) : !day.isAfter(plan.endDate());
    }

    private static CinPlanDates endsLater(CinPlanDates a, CinPlanDates b) {
        if (b == null || a.endDate() == null) {
            return a;
        }
        return b.endDate() == null || !a.endDate().isAfter(b.endDate()) ? b : a;
    }
}
