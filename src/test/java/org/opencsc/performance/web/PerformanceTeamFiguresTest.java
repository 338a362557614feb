package org.opencsc.performance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureGroup;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.opencsc.performance.TestFigures;
import org.opencsc.workforce.TeamFigure;

/** Team work's performance figures: per child, the rows that need looking at, for the team asked about. */
class PerformanceTeamFiguresTest {

    record Share(String key, Boolean higherIsBetter, List<FigureRow> rows) implements Figure {
        public FigureGroup group() {
            return FigureGroup.ASSESSMENT_AND_PROTECTION;
        }

        public int order() {
            return key.length();
        }

        public String label() {
            return "Label of " + key;
        }

        public String definition() {
            return "test";
        }

        public FigureResult compute(FigureQuery query) {
            assertThat(query.teamIds()).containsExactly(42L);
            return FigureResult.share(rows);
        }
    }

    static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    static FigureRow row(long child, boolean met) {
        return new FigureRow(child, DAY, "row", met, null);
    }

    @Test
    void notMetRowsPerChildOrMetOnesWhenAHigherShareIsWorse() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/London"));
        Figure inTime = new Share("in-time", true, List.of(row(1, true), row(1, false), row(1, false), row(2, false), row(3, false)));
        Figure repeats = new Share("repeats", false, List.of(row(1, true), row(2, false), row(2, true)));
        Figure count = new Figure() {
            public String key() {
                return "plain";
            }

            public FigureGroup group() {
                return FigureGroup.FRONT_DOOR;
            }

            public int order() {
                return 1;
            }

            public String label() {
                return "Plain";
            }

            public String definition() {
                return "test";
            }

            public Boolean higherIsBetter() {
                return null;
            }

            public FigureResult compute(FigureQuery query) {
                return FigureResult.count(List.of(row(1, true)));
            }
        };
        var figures = TestFigures.of(inTime, repeats, count);
        var source = new PerformanceTeamFigures(figures, TestFigures.uncached(figures, clock), clock);
        // Child 3 is not among the children shown (not held now, or another worker's): not counted.
        List<TeamFigure> shown = source.figuresFor(42L, null, List.of(1L, 2L));
        assertThat(shown).extracting(TeamFigure::id).containsExactly("performance-in-time", "performance-repeats");
        TeamFigure late = shown.get(0);
        assertThat(late.label()).isEqualTo("Label of in-time: not met");
        assertThat(late.countFor(List.of(1L))).isEqualTo(2);
        assertThat(late.total()).isEqualTo(3);
        assertThat(late.href()).isEqualTo("/performance/figures/in-time?from=2025-06-16&to=2026-06-15&team=42&met=false");
        TeamFigure again = shown.get(1);
        assertThat(again.label()).isEqualTo("Label of repeats");
        assertThat(again.countFor(List.of(1L, 2L))).isEqualTo(2);
        assertThat(again.href()).endsWith("&met=true");
    }
}
