package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.junit.jupiter.api.Test;

class Rule4220Test {

    private final Rule4220 rule = new Rule4220();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aMissingEthnicityFails() {
        var child = child();
        child.ethnicity = null;
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CHILD_CHARACTERISTICS, null);
        assertThat(fields(problem)).containsExactly("Ethnicity=");
    }

    @Test
    void anUnknownCodeFailsAndEveryCodeOfTheTablePasses() {
        var child = child();
        child.ethnicity = "WBRT";
        assertThat(check(rule, child.build())).hasSize(1);
        for (String code : "ABAN AIND AOTH APKN BAFR BCRB BOTH CHNE MOTH MWAS MWBA MWBC NOBT OOTH REFU WBRI WIRI WIRT WOTH WROM"
                .split(" ")) {
            child.ethnicity = code;
            assertThat(check(rule, child.build())).isEmpty();
        }
    }
}
