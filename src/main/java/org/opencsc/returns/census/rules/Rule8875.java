package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/**
 * 8875: an initial conference is not held on a Saturday or Sunday. Checked on each S47 enquiry,
 * and on the episode's own DateOfInitialCPC when no enquiry of the episode carries that date
 * (so one weekend conference is reported once).
 */
@Component
class Rule8875 implements CensusRule {

    @Override
    public String code() {
        return "8875";
    }

    @Override
    public String message() {
        return "The Date of Initial Child Protection Conference cannot be a weekend";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            boolean reportedOnEnquiry = false;
            for (Section47 enquiry : episode.section47s()) {
                if (Rule8870Q.isWeekend(enquiry.dateOfInitialCpc())) {
                    problems.report(this, child, CensusModule.SECTION_47, enquiry.sourceId(),
                            of("DateOfInitialCPC", enquiry.dateOfInitialCpc()));
                    reportedOnEnquiry |= enquiry.dateOfInitialCpc().equals(episode.dateOfInitialCpc());
                }
            }
            if (!reportedOnEnquiry && Rule8870Q.isWeekend(episode.dateOfInitialCpc())) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("DateOfInitialCPC", episode.dateOfInitialCpc()));
            }
        }
    }
}
