package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8750Test {

    private final Rule8750 rule = new Rule8750();

    private static CensusSamples.ChildBuilder unborn(String sex) {
        var child = child();
        child.personBirthDate = null;
        child.expectedPersonBirthDate = LocalDate.of(2026, 5, 1);
        child.sex = sex;
        return child;
    }

    @Test
    void anUnbornChildOfUnknownSexPasses() {
        assertThat(check(rule, unborn("U").build())).isEmpty();
    }

    @Test
    void anUnbornChildRecordedAsFemaleFails() {
        var problem = onlyProblem(rule, check(rule, unborn("F").build()), CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsEntry("Sex", "F").containsEntry("ExpectedPersonBirthDate", "2026-05-01");
    }

    @Test
    void anUnbornChildWithNoSexFails() {
        onlyProblem(rule, check(rule, unborn(null).build()), CensusModule.CHILD_IDENTIFIERS, null);
    }

    @Test
    void aBornChildMayHaveAKnownSex() {
        assertThat(check(rule, child().build())).isEmpty();
    }
}
