package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.HashSet;
import java.util.Set;
import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 8794: each disability code is given once for a child (reported once per repeated code). */
@Component
class Rule8794 implements CensusRule {

    @Override
    public String code() {
        return "8794";
    }

    @Override
    public String message() {
        return "Child has two or more disabilities with the same code";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        if (child.characteristics() == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String disability : child.characteristics().disabilities()) {
            if (!seen.add(disability) && reported.add(disability)) {
                problems.report(this, child, CensusModule.CHILD_CHARACTERISTICS, null, of("Disability", disability));
            }
        }
    }
}
