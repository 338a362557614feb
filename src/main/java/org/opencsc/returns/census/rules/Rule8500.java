package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 8500: every child needs an LA child ID. */
@Component
class Rule8500 implements CensusRule {

    @Override
    public String code() {
        return "8500";
    }

    @Override
    public String message() {
        return "LA Child ID missing";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        if (child.laChildId() == null || child.laChildId().isBlank()) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("LAchildID", child.laChildId()));
        }
    }
}
