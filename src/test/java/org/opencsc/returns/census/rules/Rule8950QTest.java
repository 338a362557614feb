package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8950QTest {

    private final Rule8950Q rule = new Rule8950Q();

    @Test
    void theCodesThatReplaced19APass() {
        assertThat(check(rule, withFactors("19C", "2C").build())).isEmpty();
    }

    @Test
    void factor19aIsQueriedWhateverItsCase() {
        single(check(rule, withFactors("2C", "19A").build()), "8950Q", CensusModule.ASSESSMENTS, 11L, "AssessmentFactors");
        single(check(rule, withFactors("19a").build()), "8950Q", CensusModule.ASSESSMENTS, 11L, "AssessmentFactors");
    }

    private static CensusSamples.ChildBuilder withFactors(String... factors) {
        var child = child();
        child.episode().assessments = new ArrayList<>(List.of(assessment(11L, day(2025, 6, 3), day(2025, 7, 1), factors)));
        return child;
    }
}
