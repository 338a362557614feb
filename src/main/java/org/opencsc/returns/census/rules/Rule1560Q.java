package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 1560Q: a former UPN, where given, has the format of a UPN (a letter, eleven digits, a digit or letter). */
@Component
class Rule1560Q implements CensusRule {

    @Override
    public String code() {
        return "1560Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: Former UPN wrongly formatted";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        String former = child.identifiers().formerUpn();
        if (UpnFormat.present(former) && !UpnFormat.wellFormed(former)) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("FormerUPN", former));
        }
    }
}
