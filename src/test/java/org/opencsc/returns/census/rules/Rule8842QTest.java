package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8842QTest {

    private final Rule8842Q rule = new Rule8842Q();

    @Test
    void reviewsWithDatesPass() {
        var child = child();
        child.episode().childProtectionPlans = new ArrayList<>(List.of(
                plan(40L, day(2025, 7, 1), null, List.of(day(2025, 9, 1), day(2026, 3, 1)))));
        assertThat(check(rule, child.build())).isEmpty();
    }

    @Test
    void aReviewWithoutADateCannotReachTheRules() {
        // The rule's failing case: the model itself refuses it, so a dateless review never
        // reaches validation (and a file carrying one fails the schema instead).
        var reviews = new ArrayList<java.time.LocalDate>();
        reviews.add(null);
        assertThatThrownBy(() -> plan(40L, day(2025, 7, 1), null, reviews)).isInstanceOf(NullPointerException.class);
    }
}
