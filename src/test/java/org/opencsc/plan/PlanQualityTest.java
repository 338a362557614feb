package org.opencsc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanQualityTest {

    static final LocalDate DUE = LocalDate.of(2026, 12, 1);

    static PlanContent.Outcome school(Integer baseline) {
        return new PlanContent.Outcome("o1", "Kai gets to school on time every day", "Kai misses most mornings",
                "Kai is in class by 8:50 every day", baseline);
    }

    static PlanContent.Action walk(String outcomeId, String owner, LocalDate due) {
        return new PlanContent.Action("a1", outcomeId, "Walk Kai to school", owner, due, null);
    }

    /** A plan Ofsted would not criticise: needs, measured outcomes with actions, the child's view and a contingency. */
    static PlanContent complete() {
        return new PlanContent(List.of(new PlanContent.Need("n1", "Kai needs to be in school", List.of(school(3)),
                List.of(walk("o1", "Mum", DUE)))), "I want to see my friends at school", "If attendance is below 80% by March, a legal planning meeting");
    }

    static List<String> messages(PlanContent plan) {
        return PlanQuality.check(plan).stream().map(QualityIssue::message).toList();
    }

    @Test
    void aCompletePlanHasNoIssues() {
        assertThat(PlanQuality.check(complete())).isEmpty();
    }

    @Test
    void anEmptyPlanNeedsNeedsTheChildsViewAndAContingency() {
        assertThat(PlanQuality.check(PlanContent.empty())).extracting(QualityIssue::field)
                .containsExactly("needs", "childView", "contingency");
    }

    @Test
    void aTaskOnlyPlanIsNamedForWhatItIs() {
        PlanContent taskOnly = new PlanContent(List.of(new PlanContent.Need("n1", "School", List.of(),
                List.of(walk(null, " ", null)))), "I like school", "Legal planning meeting");
        assertThat(PlanQuality.check(taskOnly)).extracting(QualityIssue::field, QualityIssue::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("needs[0].outcomes", "Need 1 has actions but no outcome: say what will change for the child"),
                org.assertj.core.groups.Tuple.tuple("needs[0].actions[0].owner", "Action 1 of need 1 has no owner: say who will do it"),
                org.assertj.core.groups.Tuple.tuple("needs[0].actions[0].dueOn", "Action 1 of need 1 has no due date: say by when"));
    }

    @Test
    void anOutcomeNeedsAMeasureABaselineAndAnAction() {
        PlanContent.Outcome vague = new PlanContent.Outcome("o1", "Better attendance", "", null, null);
        PlanContent plan = new PlanContent(List.of(new PlanContent.Need("n1", "School", List.of(vague), List.of())), "Fine", "Escalate");
        assertThat(PlanQuality.check(plan)).extracting(QualityIssue::field).containsExactly(
                "needs[0].outcomes[0].measure", "needs[0].outcomes[0].baseline", "needs[0].outcomes[0].actions");
        assertThat(messages(plan)).contains("Outcome 1 of need 1 has no measure: say what 0 and 10 look like on its scale");
        assertThat(PlanQuality.check(plan).getFirst().anchor()).isEqualTo("needs-0-outcomes-0");
    }

    @Test
    void anActionMustWorkTowardsOneOfTheNeedsOutcomes() {
        PlanContent plan = new PlanContent(List.of(new PlanContent.Need("n1", "School", List.of(school(3)),
                List.of(walk("o1", "Mum", DUE), new PlanContent.Action("a2", null, "Buy an alarm clock", "Sam Social", DUE, null)))),
                "Fine", "Escalate");
        assertThat(messages(plan)).containsExactly("Action 2 of need 1 is not linked to an outcome: say which outcome it works towards");
    }

    @Test
    void noContingencyOrChildsViewIsNamed() {
        PlanContent c = complete();
        assertThat(messages(c.withViews(null, c.contingency()))).containsExactly("Add the child’s view of the plan, in their own words");
        assertThat(messages(c.withViews(c.childView(), " "))).containsExactly(
                "Add a contingency: say what will happen if progress is not made");
    }

    @Test
    void theChartDrawsEveryPointAndEscapesThePlansWords() {
        OutcomeProgress p = new OutcomeProgress("o1", "Kai <b>gets</b> to school", "0", "10", List.of(
                new OutcomeProgress.Point("Baseline", DUE, 3), new OutcomeProgress.Point("1 December 2026", DUE, 6)));
        String svg = p.chart();
        assertThat(svg).contains("role=\"img\"").contains("<title id=\"chart-o1-title\">")
                .contains("Kai &lt;b&gt;gets&lt;/b&gt; to school").doesNotContain("<b>")
                .contains("<desc id=\"chart-o1-desc\">Baseline: 3; 1 December 2026: 6</desc>");
        assertThat(svg.split("class=\"opencsc-progress-point\"", -1)).hasSize(3);
        assertThat(svg).contains("data-score=\"3\"").contains("data-score=\"6\"");
    }
}
