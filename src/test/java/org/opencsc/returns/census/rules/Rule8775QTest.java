package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8775QTest {

    private final Rule8775Q rule = new Rule8775Q();

    @Test
    void aChildOf25OnTheReferenceDatePasses() {
        var child = child();
        child.personBirthDate = LocalDate.of(2001, 3, 31);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void someoneOver25WithAnOpenEpisodeFails() {
        var child = child();
        child.personBirthDate = LocalDate.of(2001, 3, 30);
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsEntry("PersonBirthDate", "2001-03-30").containsEntry("CINclosureDate", "");
    }

    @Test
    void anEpisodeClosedByTheir25thBirthdayPasses() {
        var child = child();
        child.personBirthDate = LocalDate.of(2000, 6, 1);
        child.episode().cinClosureDate = LocalDate.of(2025, 6, 1);
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anEpisodeClosedAfterTheir25thBirthdayFails() {
        var child = child();
        child.personBirthDate = LocalDate.of(2000, 6, 1);
        child.episode().cinClosureDate = LocalDate.of(2025, 6, 2);
        onlyProblem(rule, check(rule, child.build()), CensusModule.CHILD_IDENTIFIERS, null);
    }
}
