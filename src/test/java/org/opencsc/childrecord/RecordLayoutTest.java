package org.opencsc.childrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencsc.childrecord.RecordSlot.ACTIONS;
import static org.opencsc.childrecord.RecordSlot.SUMMARY;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencsc.security.CurrentUser;

/** How the record page places the panels' fragments and messages, whichever order the panels come in. */
class RecordLayoutTest {

    record Panel(List<RecordFragment> fragments, List<RecordConfirmation> confirmations) implements RecordPanel {
        @Override
        public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        }
    }

    static Panel panel(RecordFragment... fragments) {
        return new Panel(List.of(fragments), List.of());
    }

    @Test
    void aSlotShowsEveryPanelsFragmentsByTheirOrderNotByPanel() {
        var person = panel(new RecordFragment(SUMMARY, 100, "childrecord/person-panel", "identity"),
                new RecordFragment(SUMMARY, 800, "childrecord/person-panel", "details"));
        var plan = panel(new RecordFragment(SUMMARY, 600, "plan/record-panel", "child-plan"),
                new RecordFragment(ACTIONS, 100, "plan/record-panel", "start"));

        var layout = new RecordLayout(List.of(plan, person));

        assertThat(layout.in("SUMMARY", RecordPart.SUMMARY)).extracting(RecordFragment::reference).containsExactly(
                "childrecord/person-panel :: identity", "plan/record-panel :: child-plan", "childrecord/person-panel :: details");
        assertThat(layout.in("ACTIONS", RecordPart.SUMMARY)).extracting(RecordFragment::name).containsExactly("start");
        assertThat(layout.in("SECTIONS", RecordPart.SUMMARY)).isEmpty();
    }

    @Test
    void aFragmentShowsOnThePagesItNamesTheSummaryByDefaultAndTheHeaderOnEvery() {
        var plan = panel(new RecordFragment(SUMMARY, 600, "plan/record-panel", "child-plan").on(RecordPart.SUMMARY, RecordPart.PLANS),
                new RecordFragment(RecordSlot.SECTIONS, 100, "episode/record-panel", "level-history").on(RecordPart.PLANS),
                new RecordFragment(ACTIONS, 100, "frontdoor/record-panel", "record-contact"),
                new RecordFragment(RecordSlot.NAME, 100, "episode/record-panel", "level-of-need").on(RecordPart.PLANS));

        var layout = new RecordLayout(List.of(plan));

        assertThat(layout.in("SUMMARY", RecordPart.SUMMARY)).extracting(RecordFragment::name).containsExactly("child-plan");
        assertThat(layout.in("SUMMARY", RecordPart.PLANS)).extracting(RecordFragment::name).containsExactly("child-plan");
        assertThat(layout.in("SECTIONS", RecordPart.PLANS)).extracting(RecordFragment::name).containsExactly("level-history");
        assertThat(layout.in("SECTIONS", RecordPart.SUMMARY)).isEmpty();
        assertThat(layout.in("ACTIONS", RecordPart.SUMMARY)).extracting(RecordFragment::name).containsExactly("record-contact");
        assertThat(layout.in("ACTIONS", RecordPart.CHRONOLOGY)).isEmpty();
        for (RecordPart part : RecordPart.values()) {
            assertThat(layout.in("NAME", part)).as("the header on the %s page", part).extracting(RecordFragment::name)
                    .containsExactly("level-of-need");
        }
    }

    @Test
    void twoFragmentsInOnePlaceOnOnePageAreRefusedButTheSamePlaceOnAnotherPageIsFree() {
        var visits = panel(new RecordFragment(RecordSlot.MAIN, 100, "visit/record-panel", "visits").on(RecordPart.VISITS));
        var chronology = panel(new RecordFragment(RecordSlot.MAIN, 100, "childrecord/chronology", "chronology").on(RecordPart.CHRONOLOGY));
        var alsoVisits = panel(new RecordFragment(RecordSlot.MAIN, 100, "plan/record-panel", "plan-visits").on(RecordPart.VISITS));

        assertThat(new RecordLayout(List.of(visits, chronology)).in("MAIN", RecordPart.VISITS)).hasSize(1);
        assertThatThrownBy(() -> new RecordLayout(List.of(visits, alsoVisits))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("visit/record-panel :: visits").hasMessageContaining("on the visits page");
    }

    @Test
    void twoFragmentsInOnePlaceAreRefusedAtStart() {
        var a = panel(new RecordFragment(ACTIONS, 300, "protection/record-panel", "strategy-discussion-actions"));
        var b = panel(new RecordFragment(ACTIONS, 300, "assessment/record-panel", "assessment-actions"));

        assertThatThrownBy(() -> new RecordLayout(List.of(a, b))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("protection/record-panel :: strategy-discussion-actions")
                .hasMessageContaining("assessment/record-panel :: assessment-actions");
    }

    @Test
    void messagesShowForTheParametersTheRequestCarriesInTheirOrder() {
        var protection = new Panel(List.of(), List.of(new RecordConfirmation(800, "strategyRecorded", "Strategy"),
                new RecordConfirmation(100, "s47Completed", "Enquiry")));
        var episode = new Panel(List.of(), List.of(new RecordConfirmation(700, "closed", "Closed")));

        var layout = new RecordLayout(List.of(protection, episode));

        assertThat(layout.confirmationsFor(Set.of("closed", "strategyRecorded", "s47Completed")::contains))
                .containsExactly("Enquiry", "Closed", "Strategy");
        assertThat(layout.confirmationsFor(Set.of("closed")::contains)).containsExactly("Closed");
        assertThat(layout.confirmationsFor(p -> false)).isEmpty();
    }

    @Test
    void twoMessagesForOneParameterAreRefusedAtStart() {
        var a = new Panel(List.of(), List.of(new RecordConfirmation(100, "closed", "Closed")));
        var b = new Panel(List.of(), List.of(new RecordConfirmation(200, "closed", "Also closed")));

        assertThatThrownBy(() -> new RecordLayout(List.of(a, b))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("?closed");
    }
}
