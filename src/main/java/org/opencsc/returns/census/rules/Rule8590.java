package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 8590: every child has at least one CINdetails (episode). */
@Component
class Rule8590 implements CensusRule {

    @Override
    public String code() {
        return "8590";
    }

    @Override
    public String message() {
        return "Child does not have a recorded CIN episode.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        if (child.cinDetails().isEmpty()) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("LAchildID", child.laChildId()));
        }
    }
}
