package org.opencsc.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencsc.protection.ProtectionJourney.API;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
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
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

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

    /**
     * The issue: "Hold the initial conference" linked a social worker to the conference page, which
     * refused them. Their line now says who records it; the manager, who may, still gets the link.
     */
    @Test
    void aLineIsLinkedOnlyForWhoeverDoesItAndOtherwiseSaysWhoActs() {
        LocalDate today = clock.today();
        var r = fx.referredAndAllocated(today.minusDays(12));
        long enquiry = fx.s47Started(r, today.minusDays(10));
        fx.s47Completed(enquiry, S47Outcome.ICPC_REQUIRED, today.minusDays(5));
        String conference = "/s47-enquiries/" + enquiry + "/conference";

        JsonNode social = row(new Api(port, "social").get("/api/v1/work/mine").json(), r.child());
        assertThat(social.get("what").asString()).isEqualTo("Initial child protection conference");
        assertThat(social.hasNonNull("href")).as("no link to a page that refuses Sam Social").isFalse();
        assertThat(social.get("whoActs").asString()).isEqualTo(ProtectionDueWork.CONFERENCE_BY);
        String home = PageSession.signedIn(port, "social").get("/").body();
        assertThat(home).contains(ProtectionDueWork.CONFERENCE_BY).doesNotContain("href=\"" + conference + "\"");

        JsonNode manager = row(new Api(port, "manager").get("/api/v1/work/team").json(), r.child());
        assertThat(manager.get("href").asString()).isEqualTo(conference);
        assertThat(manager.hasNonNull("whoActs")).isFalse();
        assertThat(PageSession.signedIn(port, "manager").get("/team-work").body()).contains("href=\"" + conference + "\"");
    }

    /** The child's protection line; their census lines (due 31 March) may sort before it near the year end. */
    private static JsonNode row(JsonNode list, long child) {
        for (JsonNode row : list.get("rows")) {
            if (row.hasNonNull("personId") && row.get("personId").asLong() == child
                    && !row.get("what").asString().startsWith("Census")) {
                return row;
            }
        }
        throw new AssertionError("No due work for child " + child + " in " + list);
    }
}
