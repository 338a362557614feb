package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RuleChecks.d;
import static org.opencsc.returns.census.rules.RuleChecks.fields;
import static org.opencsc.returns.census.rules.RuleChecks.onlyProblem;

import org.opencsc.returns.census.Section47;
import org.junit.jupiter.api.Test;

class Rule2991QTest {

    private final Rule2991Q rule = new Rule2991Q();

    @Test
    void theValidChildPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void anEnquiryWithAnAssessmentPasses() {
        var child = child();
        child.episode().section47s.add(new Section47(d("2025-06-05"), d("2025-06-26"), null, null, 30L));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void anEnquiryWithoutAnAssessmentIsQueried() {
        var child = child();
        child.episode().assessments.clear();
        child.episode().section47s.add(new Section47(d("2025-06-05"), d("2025-06-26"), null, null, 30L));
        var problem = onlyProblem(check(rule, child.build()), rule, CensusModule.CIN_DETAILS, 100L);
        assertThat(fields(problem)).containsExactly("S47ActualStartDate=2025-06-05", "AssessmentActualStartDate=");
    }

    @Test
    void noEnquiryAndNoAssessmentPasses() {
        var child = child();
        child.episode().assessments.clear();
        assertThat(check(rule, child.build())).isEmpty();
    }
}
