package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import java.util.List;
import org.junit.jupiter.api.Test;

class Rule100Test {

    private final Rule100 rule = new Rule100();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aReferenceDateOtherThan31MarchOfTheYearFails() {
        var header = CensusSamples.header();
        header.referenceDate = d("2026-03-30");
        var problem = onlyProblem(check(rule, header.build(), List.of(child().build())), rule, CensusModule.HEADER, null);
        assertThat(fields(problem)).containsExactly("ReferenceDate=2026-03-30");
        assertThat(problem.laChildId()).isNull();
    }

    @Test
    void aMissingReferenceDateFails() {
        var header = CensusSamples.header();
        header.referenceDate = null;
        var problem = onlyProblem(check(rule, header.build(), List.of(child().build())), rule, CensusModule.HEADER, null);
        assertThat(fields(problem)).containsExactly("ReferenceDate=");
    }

    @Test
    void theReferenceDateOfAnotherYearFails() {
        var header = CensusSamples.header();
        header.referenceDate = d("2025-03-31");
        assertThat(check(rule, header.build(), List.of(child().build()))).hasSize(1);
    }
}
