package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8540Test {

    private final Rule8540 rule = new Rule8540();

    @Test
    void validDisabilitiesPass() {
        var child = child();
        child.disabilities = new ArrayList<>(List.of("MOB", "AUT"));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void noDisabilityForAReferralWithFurtherActionFails() {
        var child = child();
        child.disabilities = new ArrayList<>();
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CHILD_CHARACTERISTICS, null);
        assertThat(fields(problem)).containsEntry("Disability", "");
    }

    @Test
    void anInvalidCodeFails() {
        var child = child();
        child.disabilities = new ArrayList<>(List.of("MOB", "WALK"));
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CHILD_CHARACTERISTICS, null);
        assertThat(fields(problem)).containsEntry("Disability", "WALK");
    }

    @Test
    void noDisabilityIsAllowedWhenEveryReferralWasNoFurtherAction() {
        var child = child();
        child.disabilities = new ArrayList<>();
        child.episode().referralNfa = true;
        assertThat(check(rule, child.build())).isEmpty();
    }
}
