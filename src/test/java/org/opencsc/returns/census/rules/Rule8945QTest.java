package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8945QTest {

    private final Rule8945Q rule = new Rule8945Q();

    @Test
    void theCodesThatReplaced18APass() {
        assertThat(check(rule, withFactors("18B", "2C").build())).isEmpty();
    }

    @Test
    void factor18aIsQueriedWhateverItsCase() {
        single(check(rule, withFactors("2C", "18A").build()), "8945Q", CensusModule.ASSESSMENTS, 11L, "AssessmentFactors");
        single(check(rule, withFactors("18a").build()), "8945Q", CensusModule.ASSESSMENTS, 11L, "AssessmentFactors");
    }

    private static CensusSamples.ChildBuilder withFactors(String... factors) {
        var child = child();
        child.episode().assessments = new ArrayList<>(List.of(assessment(11L, day(2025, 6, 3), day(2025, 7, 1), factors)));
        return child;
    }
}
