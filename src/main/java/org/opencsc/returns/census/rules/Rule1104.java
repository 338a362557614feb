package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/**
 * 1104: an initial child protection conference is held on or after the referral date, whether it
 * is recorded on the Section 47 enquiry or on the episode itself.
 */
@Component
class Rule1104 implements CensusRule {

    @Override
    public String code() {
        return "1104";
    }

    @Override
    public String message() {
        return "The date of the initial child protection conference cannot be before the referral date";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (RuleDates.before(episode.dateOfInitialCpc(), episode.cinReferralDate())) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("DateOfInitialCPC", episode.dateOfInitialCpc()), of("CINreferralDate", episode.cinReferralDate()));
            }
            for (Section47 s47 : episode.section47s()) {
                if (RuleDates.before(s47.dateOfInitialCpc(), episode.cinReferralDate())) {
                    problems.report(this, child, CensusModule.SECTION_47, s47.sourceId(),
                            of("DateOfInitialCPC", s47.dateOfInitialCpc()), of("CINreferralDate", episode.cinReferralDate()));
                }
            }
        }
    }
}
