package org.opencsc.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencsc.protection.ProtectionJourney.API;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.chair.Escalations;
import org.opencsc.protection.conference.Conferences;
import org.opencsc.protection.conference.InitialConferenceInput;
import org.opencsc.protection.enquiry.S47Outcome;
import org.opencsc.support.IntegrationTest;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProtectionDueWorkTest {

    @Autowired
    ProtectionJourney fx;
    @Autowired
    List<DueWorkSource> sources;
    @Autowired
    Conferences conferences;
    @Autowired
    Escalations escalations;

    private List<DueItem> due(long child) {
        return sources.stream().filter(ProtectionDueWork.class::isInstance).findFirst().orElseThrow()
                .dueFor(List.of(child));
    }

    @Test
    void eachStepOfTheProtectionJourneyIsDueWorkUntilItIsDone() {
        var r = fx.referredAndAllocated(LocalDate.of(2026, 5, 1));
        long enquiry = fx.s47Started(r, LocalDate.of(2026, 5, 5));
        // 15 working days after Tue 5 May 2026, past the Spring bank holiday (25 May): Wed 27 May.
        assertThat(due(r.child())).extracting(DueItem::what, DueItem::dueOn, DueItem::href, DueItem::forManager)
                .containsExactly(tuple("Initial child protection conference", LocalDate.of(2026, 5, 27),
                        "/s47-enquiries/" + enquiry + "/outcome", false));
        fx.s47Completed(enquiry, S47Outcome.ICPC_REQUIRED, LocalDate.of(2026, 5, 12));
        assertThat(due(r.child())).extracting(DueItem::href).containsExactly("/s47-enquiries/" + enquiry + "/conference");

        long conference = conferences.recordInitial(new InitialConferenceInput(enquiry, LocalDate.of(2026, 5, 20), "Casey Chair",
                "Mum, police", "Kai is worried", true, AbuseCategory.EMO, "Emotional harm"), fx.user("chair"), API);
        ChildProtectionPlan plan = conferences.planFrom(conference, fx.user("chair"), API, "/test");
        assertThat(due(r.child())).extracting(DueItem::what, DueItem::dueOn, DueItem::href)
                .containsExactlyInAnyOrder(
                        tuple("Core group", LocalDate.of(2026, 6, 4), "/plans/" + plan.id() + "/core-group"),
                        tuple("Review child protection conference", LocalDate.of(2026, 8, 20),
                                "/plans/" + plan.id() + "/review-conference"));

        long escalation = escalations.raise(plan.id(), "Drift", fx.user("chair"), API);
        assertThat(due(r.child())).filteredOn(DueItem::forManager)
                .extracting(DueItem::what, DueItem::href)
                .containsExactly(tuple("Respond to chair's escalation", "/escalations/" + escalation + "/response"));
        escalations.respond(escalation, "On it", fx.user("manager"), API);
        assertThat(due(r.child())).filteredOn(DueItem::forManager).isEmpty();
        assertThat(sources.stream().filter(ProtectionDueWork.class::isInstance).findFirst().orElseThrow().dueFor(List.of()))
                .isEmpty();
    }
}
