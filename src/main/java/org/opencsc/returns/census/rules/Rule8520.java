package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 8520: a date of birth, if given, is on or before the reference date. */
@Component
class Rule8520 implements CensusRule {

    @Override
    public String code() {
        return "8520";
    }

    @Override
    public String message() {
        return "Date of Birth is after data collection period (must be on or before the end of the census period)";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        var birth = child.identifiers().personBirthDate();
        if (CensusDates.after(birth, context.referenceDate())) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null,
                    of("PersonBirthDate", birth), of("ReferenceDate", context.referenceDate()));
        }
    }
}
