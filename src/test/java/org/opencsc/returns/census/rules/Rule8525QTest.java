package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8525QTest {

    private final Rule8525Q rule = new Rule8525Q();

    @Test
    void aDateOfBirthAlonePasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void anExpectedDateOfBirthAlonePasses() {
        var child = child();
        child.personBirthDate = null;
        child.expectedPersonBirthDate = LocalDate.of(2026, 5, 1);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void bothFail() {
        var child = child();
        child.expectedPersonBirthDate = LocalDate.of(2015, 5, 3);
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsEntry("PersonBirthDate", "2015-05-01")
                .containsEntry("ExpectedPersonBirthDate", "2015-05-03");
    }

    @Test
    void neitherFails() {
        var child = child();
        child.personBirthDate = null;
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsEntry("PersonBirthDate", "").containsEntry("ExpectedPersonBirthDate", "");
    }
}
