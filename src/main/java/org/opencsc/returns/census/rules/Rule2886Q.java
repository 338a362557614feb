package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusMessage;
import org.springframework.stereotype.Component;

/**
 * 2886Q: over the whole return, no more than 2% of the children (unborn children aside) have no Sex
 * recorded: missing, or U (not known). Before 2024-25 the rule read GenderCurrent 0 or missing.
 */
@Component
class Rule2886Q implements CensusRule {

    @Override
    public String code() {
        return "2886Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)";
    }

    @Override
    public void checkMessage(CensusMessage message, RuleContext context, Problems problems) {
        int total = message.children().size();
        int unrecorded = 0;
        for (CensusChild child : message.children()) {
            String sex = child.identifiers().sex();
            boolean unborn = child.identifiers().expectedPersonBirthDate() != null;
            if (!unborn && (sex == null || sex.isBlank() || sex.equals("U"))) {
                unrecorded++;
            }
        }
        // more than 2%: unrecorded / total > 0.02, in whole numbers
        if (total > 0 && unrecorded * 50 > total) {
            problems.reportHeader(this, of("Sex", unrecorded + " of " + total + " children not recorded"));
        }
    }
}
