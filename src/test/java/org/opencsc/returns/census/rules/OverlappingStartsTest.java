package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.RulesCSamples.day;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.census.rules.OverlappingStarts.Span;

class OverlappingStartsTest {

    @Test
    void aStartOnTheLastDayOfAnotherIsInsideButTheDayAfterIsNot() {
        assertThat(OverlappingStarts.startingInsideAnother(List.of(
                new Span(day(2025, 5, 1), day(2025, 5, 10)), new Span(day(2025, 5, 10), null)))).containsExactly(1);
        assertThat(OverlappingStarts.startingInsideAnother(List.of(
                new Span(day(2025, 5, 1), day(2025, 5, 10)), new Span(day(2025, 5, 11), null)))).isEmpty();
    }

    @Test
    void spansStartingTheSameDayAreInsideEachOtherUnlessTheyCoverNoDay() {
        assertThat(OverlappingStarts.startingInsideAnother(List.of(
                new Span(day(2025, 5, 1), day(2025, 5, 1)), new Span(day(2025, 5, 1), day(2025, 6, 1)))))
                .containsExactlyInAnyOrder(0, 1);
        assertThat(OverlappingStarts.startingInsideAnother(List.of(
                new Span(day(2025, 5, 1), null), new Span(day(2025, 5, 1), day(2025, 6, 1)))))
                .containsExactly(0);
    }

    @Test
    void aSpanWithoutAStartIsIgnored() {
        assertThat(OverlappingStarts.startingInsideAnother(List.of(
                new Span(null, day(2025, 6, 1)), new Span(day(2025, 5, 1), day(2025, 6, 1))))).isEmpty();
    }

    @Test
    void agreesWithComparingEveryPair() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(7); i++) {
                var start = random.nextInt(8) == 0 ? null : day(2025, 5, 1).plusDays(random.nextInt(20));
                var last = random.nextInt(4) == 0 ? null : day(2025, 5, 1).plusDays(random.nextInt(25) - 2);
                spans.add(new Span(start, last));
            }
            assertThat(OverlappingStarts.startingInsideAnother(spans)).as(spans.toString()).isEqualTo(pairwise(spans));
        }
    }

    private static Set<Integer> pairwise(List<Span> spans) {
        Set<Integer> inside = new HashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            for (int j = 0; j < spans.size(); j++) {
                Span a = spans.get(i);
                Span b = spans.get(j);
                if (i != j && a.start() != null && b.start() != null && b.lastDay() != null
                        && !a.start().isBefore(b.start()) && !a.start().isAfter(b.lastDay())) {
                    inside.add(i);
                }
            }
        }
        return inside;
    }
}
