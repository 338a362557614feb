package org.opencsc.returns.census.rules;

import org.opencsc.returns.census.ChildProtectionPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8905Test {

    private final Rule8905 rule = new Rule8905();

    @Test
    void everyCategoryOfAbusePasses() {
        for (String category : List.of("NEG", "PHY", "SAB", "EMO", "MUL")) {
            assertThat(check(rule, withCategory(category).build())).isEmpty();
        }
    }

    @Test
    void aMissingOrUnknownCategoryFails() {
        for (String category : new String[] {null, "", "ABC", "neg"}) {
            var problem = single(check(rule, withCategory(category).build()), "8905",
                    CensusModule.CHILD_PROTECTION_PLANS, 40L, "CPPstartDate", "InitialCategoryOfAbuse");
            assertThat(value(problem, "InitialCategoryOfAbuse")).isEqualTo(category == null ? "" : category);
        }
    }

    private static CensusSamples.ChildBuilder withCategory(String category) {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(new ChildProtectionPlan(day(2025, 7, 1), null, category, "NEG", 0, List.of(), 40L)));
        return child;
    }
}
