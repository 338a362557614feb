package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.PreProceedings;
import org.springframework.stereotype.Component;

/**
 * 9000Q: PPStartDate (N00826) is given for no child in the whole return, which suggests the
 * council does not yet collect the PreProceedingsandFGDM items; it is asked to confirm and give a
 * reason. A query over the whole return ("LA level"), as the Social Finance cin_validator reads
 * it: its source says it is unclear whether the DfE means per child or per return, and per
 * child would query every child never in pre-proceedings. Code and message are the DfE's 2025-26
 * rule as cin_validator gives it.
 */
@Component
class Rule9000Q implements CensusRule {

    @Override
    public String code() {
        return "9000Q";
    }

    @Override
    public String message() {
        return "Please check: If you do not yet collect this data, please leave this field blank and provide a reason.";
    }

    @Override
    public void checkMessage(CensusMessage message, RuleContext context, Problems problems) {
        for (CensusChild child : message.children()) {
            for (CinDetails episode : child.cinDetails()) {
                for (PreProceedings p : episode.preProceedings()) {
                    if (p.ppStartDate() != null) {
                        return;
                    }
                }
            }
        }
        problems.reportHeader(this, of("PPStartDate", "not given for any child"));
    }
}
