package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 8525Q: a child has a date of birth or an expected date of birth, exactly one of them. */
@Component
class Rule8525Q implements CensusRule {

    @Override
    public String code() {
        return "8525Q";
    }

    @Override
    public String message() {
        return "Either Date of Birth or Expected Date of Birth must be provided (but not both)";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        var ids = child.identifiers();
        boolean born = ids.personBirthDate() != null;
        boolean expected = ids.expectedPersonBirthDate() != null;
        if (born == expected) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null,
                    of("PersonBirthDate", ids.personBirthDate()),
                    of("ExpectedPersonBirthDate", ids.expectedPersonBirthDate()));
        }
    }
}
