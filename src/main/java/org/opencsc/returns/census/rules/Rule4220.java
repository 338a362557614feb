package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.Set;
import org.opencsc.returns.census.CensusChild;
import org.springframework.stereotype.Component;

/** 4220: Ethnicity is present and one of the DfE's ethnicity codes. */
@Component
class Rule4220 implements CensusRule {

    @Override
    public String code() {
        return "4220";
    }

    @Override
    public String message() {
        return "Ethnicity is missing or invalid (see Ethnicity table)";
    }

    private static final Set<String> CODES = Set.of("ABAN", "AIND", "AOTH", "APKN", "BAFR", "BCRB", "BOTH", "CHNE",
            "MOTH", "MWAS", "MWBA", "MWBC", "NOBT", "OOTH", "REFU", "WBRI", "WIRI", "WIRT", "WOTH", "WROM");

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        String ethnicity = child.characteristics() == null ? null : child.characteristics().ethnicity();
        if (ethnicity == null || !CODES.contains(ethnicity)) {
            problems.report(this, child, CensusModule.CHILD_CHARACTERISTICS, null, of("Ethnicity", ethnicity));
        }
    }
}
