package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.day;
import static org.opencsc.returns.census.rules.RulesCSamples.single;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class Rule8825QTest {

    private final Rule8825Q rule = new Rule8825Q();

    @Test
    void closedAfterAnAssessmentThatIsPresentPasses() {
        var child = closed("RC8");
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void closedAfterAssessmentWithoutOneIsQueried() {
        for (String reason : new String[] {"RC8", "RC9"}) {
            var child = closed(reason);
            child.episode().assessments = new ArrayList<>();
            single(check(rule, child.build()), "8825Q", CensusModule.CIN_DETAILS, 100L, "ReasonForClosure");
        }
    }

    @Test
    void anotherReasonWithoutAnAssessmentPasses() {
        var child = closed("RC7");
        child.episode().assessments = new ArrayList<>();
        assertThat(check(rule, child.build())).isEmpty();
    }

    private static CensusSamples.ChildBuilder closed(String reason) {
        var child = child();
        child.episode().cinClosureDate = day(2025, 8, 1);
        child.episode().reasonForClosure = reason;
        return child;
    }
}
