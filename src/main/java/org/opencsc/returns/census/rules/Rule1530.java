package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 1530: characters 2-4 of a UPN are a local authority code (or a DfE pseudo LA code). */
@Component
class Rule1530 implements CensusRule {

    @Override
    public String code() {
        return "1530";
    }

    @Override
    public String message() {
        return "UPN invalid (characters 2-4 not a recognised LA code)";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        String upn = child.identifiers().upn();
        if (UpnFormat.present(upn) && (upn.length() < 4 || !UpnFormat.isLaCode(upn.substring(1, 4)))) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("UPN", upn));
        }
    }
}
