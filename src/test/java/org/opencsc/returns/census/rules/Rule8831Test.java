package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.day;
import static org.opencsc.returns.census.rules.RulesCSamples.s47;
import static org.opencsc.returns.census.rules.RulesCSamples.single;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8831Test {

    private final Rule8831 rule = new Rule8831();

    @Test
    void anNfaReferralWithNoActivityPasses() {
        assertThat(check(rule, nfa().build())).isEmpty();
    }

    @Test
    void activityOnAnEpisodeThatIsNotNfaPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void anNfaReferralWithAnAssessmentFailsNamingItsDates() {
        var child = child();
        child.episode().referralNfa = true;
        single(check(rule, child.build()), "8831", CensusModule.CIN_DETAILS, 100L,
                "ReferralNFA", "AssessmentActualStartDate", "AssessmentAuthorisationDate");
    }

    @Test
    void anNfaReferralWithAnS47AndConferenceFails() {
        var child = nfa();
        child.episode().section47s = new ArrayList<>(List.of(s47(30L, day(2025, 6, 3), day(2025, 6, 20), false)));
        child.episode().dateOfInitialCpc = day(2025, 6, 20);
        single(check(rule, child.build()), "8831", CensusModule.CIN_DETAILS, 100L,
                "ReferralNFA", "S47ActualStartDate", "DateOfInitialCPC", "DateOfInitialCPC");
    }

    private static CensusSamples.ChildBuilder nfa() {
        var child = child();
        child.episode().referralNfa = true;
        child.episode().assessments = new ArrayList<>();
        child.episode().cinPlanDates = new ArrayList<>();
        child.episode().cinClosureDate = child.episode().cinReferralDate;
        child.episode().reasonForClosure = "RC8";
        return child;
    }
}
