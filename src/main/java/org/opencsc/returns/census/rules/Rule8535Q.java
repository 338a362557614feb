package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 8535Q: a date of death, if given, is on or after the date of birth. */
@Component
class Rule8535Q implements CensusRule {

    @Override
    public String code() {
        return "8535Q";
    }

    @Override
    public String message() {
        return "Child’s date of death should not be prior to the date of birth";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        var ids = child.identifiers();
        if (CensusDates.before(ids.personDeathDate(), ids.personBirthDate())) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null,
                    of("PersonDeathDate", ids.personDeathDate()), of("PersonBirthDate", ids.personBirthDate()));
        }
    }
}
