package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8620: a closure date, if given, is on or between the collection start and the reference date. */
@Component
class Rule8620 implements CensusRule {

    @Override
    public String code() {
        return "8620";
    }

    @Override
    public String message() {
        return "CIN Closure Date present and does not fall within the Census year";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (CensusDates.outsideCollection(episode.cinClosureDate(), context)) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("CINclosureDate", episode.cinClosureDate()));
            }
        }
    }
}
