package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/**
 * 8715: an initial conference date (N00110), wherever given (the episode's or an S47's), is on
 * or between the collection start and the reference date.
 */
@Component
class Rule8715 implements CensusRule {

    @Override
    public String code() {
        return "8715";
    }

    @Override
    public String message() {
        return "Date of Initial Child Protection Conference must fall within the census year";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (CensusDates.outsideCollection(episode.dateOfInitialCpc(), context)) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("DateOfInitialCPC", episode.dateOfInitialCpc()), of("ReferenceDate", context.referenceDate()));
            }
            for (Section47 s47 : episode.section47s()) {
                if (CensusDates.outsideCollection(s47.dateOfInitialCpc(), context)) {
                    problems.report(this, child, CensusModule.SECTION_47, s47.sourceId(),
                            of("DateOfInitialCPC", s47.dateOfInitialCpc()), of("ReferenceDate", context.referenceDate()));
                }
            }
        }
    }
}
