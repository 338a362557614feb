package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/**
 * 8530Q: an expected date of birth, if given, is between the reference date minus 30 days and
 * the reference date plus 9 months (both ends allowed).
 */
@Component
class Rule8530Q implements CensusRule {

    @Override
    public String code() {
        return "8530Q";
    }

    @Override
    public String message() {
        return "Please check: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        var expected = child.identifiers().expectedPersonBirthDate();
        var reference = context.referenceDate();
        if (CensusDates.before(expected, reference.minusDays(30))
                || CensusDates.after(expected, reference.plusMonths(9))) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null,
                    of("ExpectedPersonBirthDate", expected), of("ReferenceDate", reference));
        }
    }
}
