package org.opencsc.returns.census.rules;

import org.opencsc.returns.census.Section47;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8870QTest {

    private final Rule8870Q rule = new Rule8870Q();

    @Test
    void aFridayOrMondayTargetPasses() {
        assertThat(check(rule, withTarget(day(2025, 6, 27)))).isEmpty();
        assertThat(check(rule, withTarget(day(2025, 6, 30)))).isEmpty();
    }

    @Test
    void aSaturdayOrSundayTargetIsQueried() {
        single(check(rule, withTarget(day(2025, 6, 28))), "8870Q", CensusModule.SECTION_47, 30L, "InitialCPCtarget");
        single(check(rule, withTarget(day(2025, 6, 29))), "8870Q", CensusModule.SECTION_47, 30L, "InitialCPCtarget");
    }

    @Test
    void aMissingTargetIsLeftToOtherRules() {
        assertThat(check(rule, withTarget(null))).isEmpty();
    }

    private static org.opencsc.returns.census.CensusChild withTarget(java.time.LocalDate target) {
        var child = child();
        child.episode().section47s = new ArrayList<>(List.of(new Section47(day(2025, 6, 5), target, null, null, 30L)));
        return child.build();
    }
}
