package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8535QTest {

    private final Rule8535Q rule = new Rule8535Q();

    @Test
    void deathOnTheDayOfBirthPasses() {
        var child = child();
        child.personDeathDate = child.personBirthDate;
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void deathTheDayBeforeBirthFails() {
        var child = child();
        child.personDeathDate = LocalDate.of(2015, 4, 30);
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsEntry("PersonDeathDate", "2015-04-30")
                .containsEntry("PersonBirthDate", "2015-05-01");
    }

    @Test
    void noDeathDatePasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }
}
