package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.single;
import static org.opencsc.returns.census.rules.RulesCSamples.value;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.census.CensusChild;

class Rule8794Test {

    private final Rule8794 rule = new Rule8794();

    @Test
    void differentDisabilitiesPass() {
        var child = child();
        child.disabilities = new ArrayList<>(List.of("MOB", "HAND", "VIS"));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aRepeatedDisabilityFailsOnceHoweverOftenItIsRepeated() {
        var child = child();
        child.disabilities = new ArrayList<>(List.of("MOB", "HAND", "MOB", "MOB"));
        var problem = single(check(rule, child.build()), "8794", CensusModule.CHILD_CHARACTERISTICS, null, "Disability");
        assertThat(value(problem, "Disability")).isEqualTo("MOB");
    }

    @Test
    void aChildWithoutCharacteristicsIsLeftToOtherRules() {
        var valid = child().build();
        var child = new CensusChild(valid.identifiers(), null, valid.cinDetails(), valid.personId());
        assertThat(check(rule, child)).isEmpty();
    }
}
