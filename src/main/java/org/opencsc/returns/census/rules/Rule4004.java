package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.Comparator;
import java.util.List;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.springframework.stereotype.Component;

/**
 * 4004: within an episode, at most one child in need plan has no end date. Reported once per episode,
 * on the earliest open plan (the one that should have ended).
 */
@Component
class Rule4004 implements CensusRule {

    @Override
    public String code() {
        return "4004";
    }

    @Override
    public String message() {
        return "This child is showing more than one open CIN Plan, i.e. with no End Date";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            List<CinPlanDates> open = episode.cinPlanDates().stream().filter(p -> p.endDate() == null).toList();
            if (open.size() > 1) {
                CinPlanDates earliest = open.stream()
                        .min(Comparator.comparing(CinPlanDates::startDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                        .orElseThrow();
                problems.report(this, child, CensusModule.CIN_PLAN_DATES, earliest.sourceId(),
                        of("CINPlanStartDate", RuleDates.list(open.stream().map(CinPlanDates::startDate).toList())),
                        of("CINPlanEndDate", null));
            }
        }
    }
}
