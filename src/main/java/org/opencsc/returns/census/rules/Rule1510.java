package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.person.UniquePupilNumber;
import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 1510: a UPN's first character is the check letter computed from the other twelve. */
@Component
class Rule1510 implements CensusRule {

    @Override
    public String code() {
        return "1510";
    }

    @Override
    public String message() {
        return "UPN invalid (wrong check letter at character 1)";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        String upn = child.identifiers().upn();
        if (!UpnFormat.present(upn) || upn.length() != 13) {
            return;
        }
        // a character the check cannot weigh is for 1540 and 1550 to report
        Character expected = UniquePupilNumber.checkLetter(upn.substring(1));
        if (expected != null && expected != upn.charAt(0)) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("UPN", upn));
        }
    }
}
