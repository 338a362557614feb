package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/** 2884: an initial conference is recorded once, on the Section 47 enquiry or on the episode, not on both. */
@Component
class Rule2884 implements CensusRule {

    @Override
    public String code() {
        return "2884";
    }

    @Override
    public String message() {
        return "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            if (episode.dateOfInitialCpc() == null) {
                continue;
            }
            for (Section47 s47 : episode.section47s()) {
                if (episode.dateOfInitialCpc().equals(s47.dateOfInitialCpc())) {
                    problems.report(this, child, CensusModule.SECTION_47, s47.sourceId(),
                            of("Section47/DateOfInitialCPC", s47.dateOfInitialCpc()),
                            of("CINdetails/DateOfInitialCPC", episode.dateOfInitialCpc()));
                }
            }
        }
    }
}
