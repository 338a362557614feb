package org.opencsc.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The decision log: every critical decision with who, when, why and the alternatives weighed. */
@IntegrationTest
class DecisionLogTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    EventLog events;
    @LocalServerPort
    int port;

    private long child() {
        return journey.referredAndAllocated(LocalDate.of(2025, 5, 2)).child();
    }

    @Test
    void aDecisionNeedsWhyAndAtLeastOneAlternative() {
        long child = child();
        Api.Response r = new Api(port, "manager").post("/api/v1/people/" + child + "/decisions",
                "{\"kind\": \"S47\", \"decision\": \"Start a Section 47 enquiry\", \"why\": \" \", \"alternatives\": [\"  \"]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.json().get("errors").values()).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("why", "alternatives");
        assertThat(new Api(port, "manager").post("/api/v1/people/" + child + "/decisions", "{\"kind\": \"SOON\"}").body())
                .contains("kind");
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(20))).noneMatch(e -> e.type() == EventType.DECISION);
    }

    @Test
    void aRecordedDecisionIsLoggedWithWhoWhyAndAlternativesAndGoesOnTheChronology() {
        long child = child();
        Api.Response r = new Api(port, "manager").post("/api/v1/people/" + child + "/decisions", """
                {"kind": "STEP_UP", "decision": "Step up to a child and family assessment",
                 "why": "Third police call-out in a month", "alternatives": ["Stay with early help: risk is rising", "No further action"]}
                """);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode log = new Api(port, "social").get("/api/v1/people/" + child + "/decisions").json();
        assertThat(log.get(0).get("decidedBy").asString()).isEqualTo("Taylor Manager");
        assertThat(log.get(0).get("alternatives").size()).isEqualTo(2);
        assertThat(log.get(0).get("why").asString()).isEqualTo("Third police call-out in a month");
        var event = events.chronology(List.of(child), ChronologyFilter.latest(5)).stream()
                .filter(e -> e.type() == EventType.DECISION).findFirst().orElseThrow();
        assertThat(event.detail()).contains("Why: Third police call-out").contains("Alternatives weighed: Stay with early help");

        assertThat(new Api(port, "social").post("/api/v1/people/" + child + "/decisions", "{}").status())
                .as("a social worker reads the log but does not record critical decisions").isEqualTo(403);
        assertThat(new Api(port, "social2").get("/api/v1/people/" + child + "/decisions").status()).isEqualTo(403);
    }

    @Test
    void theLogPageShowsTheFormToManagersAndKeepsWhatWasTypedWhenRefused() {
        long child = child();
        assertThat(PageSession.signedIn(port, "social").get("/people/" + child + "/decisions").body()).doesNotContain("decision-form");
        PageSession manager = PageSession.signedIn(port, "manager");
        PageSession.Page page = manager.get("/people/" + child + "/decisions");
        assertThat(page.body()).contains("decision-form");
        PageSession.Page refused = manager.post("/people/" + child + "/decisions", "_csrf", page.csrf(), "kind", "CLOSURE",
                "decision", "Close the case", "why", "", "alternative", "Step down to early help", "alternative", "", "alternative", "");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("href=\"#why\"").contains("Close the case");
        assertThat(refused.isChecked("kind", "CLOSURE")).isTrue();
        assertThat(refused.inputValue("alternative")).isEqualTo("Step down to early help");

        PageSession.Page saved = manager.post("/people/" + child + "/decisions", "_csrf", refused.csrf(), "kind", "CLOSURE",
                "decision", "Close the case", "why", "Goals met", "alternative", "Step down to early help", "alternative", "",
                "alternative", "");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(manager.get("/people/" + child + "/decisions").body()).contains("Goals met").contains("Case closure");
        assertThat(manager.get("/people/" + child).body()).contains("id=\"decision-log\"").contains("id=\"record-oversight\"");
    }
}
