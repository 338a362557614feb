package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.opencsc.returns.census.Section47;
import org.junit.jupiter.api.Test;

class Rule1104Test {

    private final Rule1104 rule = new Rule1104();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aConferenceOnTheReferralDatePasses() {
        var child = child();
        child.episode().section47s.add(new Section47(d("2025-06-02"), d("2025-06-23"), d("2025-06-02"), false, 30L));
        child.episode().dateOfInitialCpc = d("2025-06-02");
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aSection47ConferenceBeforeTheReferralFails() {
        var child = child();
        child.episode().section47s.add(new Section47(d("2025-05-20"), d("2025-06-10"), d("2025-06-01"), false, 30L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.SECTION_47, 30L);
        assertThat(fields(problem)).containsExactly("DateOfInitialCPC=2025-06-01", "CINreferralDate=2025-06-02");
    }

    @Test
    void anEpisodeConferenceBeforeTheReferralFails() {
        var child = child();
        child.episode().dateOfInitialCpc = d("2025-06-01");
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsExactly("DateOfInitialCPC=2025-06-01", "CINreferralDate=2025-06-02");
    }
}
