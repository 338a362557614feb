package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesBChecks.fields;
import static org.opencsc.returns.census.rules.RulesBChecks.onlyProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8770QTest {

    private final Rule8770Q rule = new Rule8770Q();

    private static CensusSamples.ChildBuilder withoutUpn(LocalDate born, String reason) {
        var child = child();
        child.upn = null;
        child.upnUnknown = reason;
        child.personBirthDate = born;
        return child;
    }

    @Test
    void aSchoolAgeChildWithAUpnPasses() {
        assertThat(check(rule, child().build())).isEmpty();
    }

    @Test
    void aSchoolAgeChildWithAReasonPasses() {
        assertThat(check(rule, withoutUpn(LocalDate.of(2015, 5, 1), "UN3").build())).isEmpty();
    }

    @Test
    void aSchoolAgeChildWithNoUpnAndNoReasonFails() {
        // born 31 August 2022: four on 31 August 2026, the last birthday the rule counts as school age
        var problem = onlyProblem(rule, check(rule, withoutUpn(LocalDate.of(2022, 8, 31), null).build()),
                CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsEntry("UPN", "").containsEntry("UPNunknown", "");
    }

    @Test
    void aSchoolAgeChildGivenUn1Fails() {
        var problem = onlyProblem(rule, check(rule, withoutUpn(LocalDate.of(2015, 5, 1), "UN1").build()),
                CensusModule.CHILD_IDENTIFIERS, null);
        assertThat(fields(problem)).containsEntry("UPNunknown", "UN1");
    }

    @Test
    void aChildBornAfterTheSchoolAgeCutOffPasses() {
        assertThat(check(rule, withoutUpn(LocalDate.of(2022, 9, 1), null).build())).isEmpty();
    }

    @Test
    void aReferralWithNoFurtherActionPasses() {
        var child = withoutUpn(LocalDate.of(2015, 5, 1), null);
        child.episode().referralNfa = true;
        assertThat(check(rule, child.build())).isEmpty();
    }
}
