package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 1580: an LAchildID has only the letters A-Z, a-z and digits (a missing one is 8500's). */
@Component
class Rule1580 implements CensusRule {

    @Override
    public String code() {
        return "1580";
    }

    @Override
    public String message() {
        return "LA Child ID must not contain any non-alphanumeric characters";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        String id = child.laChildId();
        if (id == null) {
            return;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("LAchildID", id));
                return;
            }
        }
    }
}
