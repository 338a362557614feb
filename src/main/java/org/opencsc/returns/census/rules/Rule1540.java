package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 1540: characters 5-12 of a UPN are digits. */
@Component
class Rule1540 implements CensusRule {

    @Override
    public String code() {
        return "1540";
    }

    @Override
    public String message() {
        return "UPN invalid (characters 5-12 not all numeric)";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        String upn = child.identifiers().upn();
        if (UpnFormat.present(upn) && !UpnFormat.serialIsNumeric(upn)) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("UPN", upn));
        }
    }
}
