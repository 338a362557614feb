package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import java.util.List;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.Section47;
import org.junit.jupiter.api.Test;

class Rule2990Test {

    private final Rule2990 rule = new Rule2990();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void closedWithNoFurtherActionAfterACinPlanFails() {
        var child = child();
        child.episode().cinClosureDate = d("2025-09-01");
        child.episode().reasonForClosure = "RC8";
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsExactly("ReasonForClosure=RC8", "CINPlanStartDate=2025-07-20");
    }

    @Test
    void referredToEarlyHelpAfterAnEnquiryAndAPlanFails() {
        var child = child();
        child.episode().cinPlanDates.clear();
        child.episode().section47s.add(new Section47(d("2025-06-05"), d("2025-06-26"), d("2025-06-20"), false, 30L));
        child.episode().childProtectionPlans.add(new ChildProtectionPlan(d("2025-06-20"), d("2025-09-01"), "NEG", "NEG", 0, List.of(), 40L));
        child.episode().cinClosureDate = d("2025-09-01");
        child.episode().reasonForClosure = "RC9";
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsExactly("ReasonForClosure=RC9", "S47ActualStartDate=2025-06-05",
                "CPPstartDate=2025-06-20");
    }

    @Test
    void anInitialConferenceOnTheEpisodeIsActivityToo() {
        var child = child();
        child.episode().cinPlanDates.clear();
        child.episode().dateOfInitialCpc = d("2025-06-20");
        child.episode().reasonForClosure = "RC8";
        assertThat(fields(onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_DETAILS, 100L)))
                .containsExactly("ReasonForClosure=RC8", "DateOfInitialCPC=2025-06-20");
    }

    @Test
    void noFurtherActionAfterOnlyAnAssessmentPasses() {
        var child = child();
        child.episode().cinPlanDates.clear();
        child.episode().cinClosureDate = d("2025-07-16");
        child.episode().reasonForClosure = "RC8";
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anotherReasonAfterAPlanPasses() {
        var child = child();
        child.episode().cinClosureDate = d("2025-09-01");
        child.episode().reasonForClosure = "RC7";
        assertThat(check(rule, child.build())).isEmpty();
    }
}
