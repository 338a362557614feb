package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.opencsc.returns.census.Section47;
import org.junit.jupiter.api.Test;

class Rule2884Test {

    private final Rule2884 rule = new Rule2884();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aConferenceOnlyOnTheSection47Passes() {
        var child = child();
        child.episode().section47s.add(new Section47(d("2025-06-05"), d("2025-06-26"), d("2025-06-20"), false, 30L));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void theSameConferenceOnTheEpisodeAndTheSection47Fails() {
        var child = child();
        child.episode().section47s.add(new Section47(d("2025-06-05"), d("2025-06-26"), d("2025-06-20"), false, 30L));
        child.episode().dateOfInitialCpc = d("2025-06-20");
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.SECTION_47, 30L);
        assertThat(fields(problem)).containsExactly("Section47/DateOfInitialCPC=2025-06-20", "CINdetails/DateOfInitialCPC=2025-06-20");
    }

    @Test
    void differentConferencesOnTheEpisodeAndTheSection47Pass() {
        var child = child();
        child.episode().section47s.add(new Section47(d("2025-06-05"), d("2025-06-26"), null, true, 30L));
        child.episode().dateOfInitialCpc = d("2025-06-20");
        assertThat(check(rule, child.build())).isEmpty();
    }
}
