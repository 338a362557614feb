package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 8750: an unborn child (expected date of birth, no date of birth) has Sex U. */
@Component
class Rule8750 implements CensusRule {

    @Override
    public String code() {
        return "8750";
    }

    @Override
    public String message() {
        return "Sex must equal U for an unborn child";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        var ids = child.identifiers();
        boolean unborn = ids.personBirthDate() == null && ids.expectedPersonBirthDate() != null;
        if (unborn && !CensusCodes.SEX_UNKNOWN.equals(ids.sex())) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("Sex", ids.sex()),
                    of("PersonBirthDate", ids.personBirthDate()),
                    of("ExpectedPersonBirthDate", ids.expectedPersonBirthDate()));
        }
    }
}
