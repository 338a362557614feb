package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 8510: each LAchildID must be unique across all children in the return; every copy is reported. */
@Component
class Rule8510 implements CensusRule {

    @Override
    public String code() {
        return "8510";
    }

    @Override
    public String message() {
        return "More than one child record with the same LA Child ID";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        String id = child.laChildId();
        if (id != null && context.duplicatedLaChildIds().contains(id)) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("LAchildID", id));
        }
    }
}
