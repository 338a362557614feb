package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class Rule8590Test {

    private final Rule8590 rule = new Rule8590();

    @Test
    void aChildWithAnEpisodePasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aChildWithoutEpisodesFails() {
        var child = child();
        child.episodes = new ArrayList<>();
        var problem = onlyProblem(rule, check(rule, child.build()), CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsEntry("LAchildID", "CHILD1");
    }
}
