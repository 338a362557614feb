package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.List;
import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 8790: a disability of NONE stands alone: no other disability code for the same child. */
@Component
class Rule8790 implements CensusRule {

    @Override
    public String code() {
        return "8790";
    }

    @Override
    public String message() {
        return "Disability information includes both None and other values";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        if (child.characteristics() == null) {
            return;
        }
        List<String> disabilities = child.characteristics().disabilities();
        if (disabilities.contains(CensusCodes.NO_DISABILITY)
                && disabilities.stream().anyMatch(d -> !CensusCodes.NO_DISABILITY.equals(d))) {
            problems.report(this, child, CensusModule.CHILD_CHARACTERISTICS, null,
                    of("Disability", String.join(" ", disabilities.stream().map(String::valueOf).toList())));
        }
    }
}
