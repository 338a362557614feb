package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 1550: character 13 of a UPN is a digit or a letter A-Z other than I, O and S. */
@Component
class Rule1550 implements CensusRule {

    @Override
    public String code() {
        return "1550";
    }

    @Override
    public String message() {
        return "UPN invalid (character 13 not a recognised value)";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        String upn = child.identifiers().upn();
        if (UpnFormat.present(upn) && upn.length() == 13) {
            char last = upn.charAt(12);
            if (!UpnFormat.isDigit(last) && !UpnFormat.isUpnLetter(last)) {
                problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("UPN", upn));
            }
        }
    }
}
