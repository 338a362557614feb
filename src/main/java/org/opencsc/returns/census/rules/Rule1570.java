package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 1570: an LAchildID is at most 20 characters. */
@Component
class Rule1570 implements CensusRule {

    @Override
    public String code() {
        return "1570";
    }

    @Override
    public String message() {
        return "LA Child ID must not be longer than 20 characters";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        String id = child.laChildId();
        if (id != null && id.length() > 20) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("LAchildID", id));
        }
    }
}
