package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 8545Q: a date of death, if given, is within the collection period. */
@Component
class Rule8545Q implements CensusRule {

    @Override
    public String code() {
        return "8545Q";
    }

    @Override
    public String message() {
        return "Please check: Child's date of death should be within the census year";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        var death = child.identifiers().personDeathDate();
        if (CensusDates.outsideCollection(death, context)) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("PersonDeathDate", death));
        }
    }
}
