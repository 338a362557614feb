package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 4180: Sex is present and a valid code: M, F or U (from 2024-25; GenderCurrent before). */
@Component
class Rule4180 implements CensusRule {

    @Override
    public String code() {
        return "4180";
    }

    @Override
    public String message() {
        return "Sex is missing";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        String sex = child.identifiers().sex();
        if (!"M".equals(sex) && !"F".equals(sex) && !"U".equals(sex)) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("Sex", sex));
        }
    }
}
