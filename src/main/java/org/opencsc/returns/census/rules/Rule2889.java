package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/** 2889: a Section 47 enquiry starts on or after the referral date of its episode. */
@Component
class Rule2889 implements CensusRule {

    @Override
    public String code() {
        return "2889";
    }

    @Override
    public String message() {
        return "The S47 start date cannot be before the referral date.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Section47 s47 : episode.section47s()) {
                if (RuleDates.before(s47.actualStartDate(), episode.cinReferralDate())) {
                    problems.report(this, child, CensusModule.SECTION_47, s47.sourceId(),
                            of("S47ActualStartDate", s47.actualStartDate()), of("CINreferralDate", episode.cinReferralDate()));
                }
            }
        }
    }
}
