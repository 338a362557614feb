package org.opencsc.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.person.RelationshipType;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The step forms on the pre-proceedings page: offered by role, refused with the error summary keeping what was typed. */
@IntegrationTest
class PreProceedingsPagesTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    org.opencsc.person.PersonService personService;
    @Autowired
    org.opencsc.security.UserRepository users;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    org.opencsc.person.RecordRestriction restriction;
    @LocalServerPort
    int port;

    private long child() {
        return journey.referredAndAllocated(LocalDate.of(2025, 5, 2)).child();
    }

    private long open(long child, LocalDate start, Long sibling) {
        Api.Response r = new Api(port, "legal").post("/api/v1/people/" + child + "/legal-planning-meetings", """
                {"heldOn": "%s", "socialWorker": "social", "manager": "manager", "legalAdviser": "legal",
                 "thresholdDiscussion": "Neglect over two years", "decision": "ENTER_PRE_PROCEEDINGS",
                 "reasons": "No change under the plan", "alternatives": ["Continue under the plan"], "siblings": %s}"""
                .formatted(start, sibling == null ? "[]" : "[" + sibling + "]"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Api(port, "legal").get("/api/v1/people/" + child + "/pre-proceedings").json().get(0).get("id").asLong();
    }

    private static List<String> date(String field, LocalDate d) {
        return List.of(field + "Day", "" + d.getDayOfMonth(), field + "Month", "" + d.getMonthValue(), field + "Year", "" + d.getYear());
    }

    private static List<String> with(PageSession.Page page, List<String>... parts) {
        java.util.regex.Matcher v = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page.body());
        assertThat(v.find()).as("the form carries the version").isTrue();
        List<String> all = new ArrayList<>(List.of("_csrf", page.csrf(), "version", v.group(1)));
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    @Test
    void eachStepIsTakenThroughItsFormAndRefusalsKeepWhatWasTyped() {
        long child = child();
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusDays(20);
        long ppId = open(child, start, null);
        String page = "/people/" + child + "/pre-proceedings/" + ppId;
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page shown = social.get(page);
        assertThat(shown.body()).contains("plan-meeting-form").contains("fgdm-form").doesNotContain("step-decision-form")
                .doesNotContain("extension-form");

        PageSession.Page refused = social.post(page + "/meetings", with(shown, List.of("kind", "INITIAL", "place", "Family Centre"),
                date("plannedOn", start.minusDays(1))));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("href=\"#plannedOn-day\"")
                .contains("cannot be before pre-proceedings started").contains("Family Centre");
        assertThat(refused.isChecked("kind", "INITIAL")).isTrue();
        PageSession.Page planned = social.post(page + "/meetings", with(shown, List.of("kind", "INITIAL", "place", "Family Centre",
                "plannedAt", "10:30"), date("plannedOn", start.plusDays(2))));
        assertThat(planned.status()).isEqualTo(302);

        PageSession.Page stale = social.post(page + "/fgdm", with(shown, date("fgdmOfferedOn", start.plusDays(1))));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("id=\"version\"").contains("Someone else recorded a step");

        shown = social.get(page);
        assertThat(shown.body()).contains("Family Centre").contains("10:30").contains("meeting-held-form");
        String meetingId = new Api(port, "social").get("/api/v1/people/" + child + "/pre-proceedings/" + ppId).json()
                .get("meetings").get(0).get("id").asString();
        PageSession.Page future = social.post(page + "/meetings/held", with(shown, List.of("meetingId", meetingId,
                "attendance", "Both parents", "summary", "Agreed the changes"), date("heldOn", today.plusDays(1))));
        assertThat(future.body()).contains("today or in the past").contains("Agreed the changes");
        assertThat(social.post(page + "/meetings/held", with(shown, List.of("meetingId", meetingId, "attendance", "Both parents",
                "summary", "Agreed the changes"), date("heldOn", start.plusDays(2)))).status()).isEqualTo(302);
        shown = social.get(page);
        assertThat(social.post(page + "/fgdm", with(shown, date("fgdmOfferedOn", start.plusDays(3)))).status()).isEqualTo(302);

        PageSession legal = PageSession.signedIn(port, "legal");
        shown = legal.get(page);
        assertThat(shown.body()).contains("step-decision-form").contains("extension-form");
        PageSession.Page court = legal.post(page + "/step-decision", with(shown, List.of("outcome", "STEP_DOWN_CP",
                "reasons", "Enough change", "alternatives", "Issue: not needed"), date("decidedOn", today),
                date("courtApplicationOn", today)));
        assertThat(court.body()).contains("href=\"#courtApplicationOn-day\"").contains("only when the outcome is to issue");
        assertThat(court.isChecked("outcome", "STEP_DOWN_CP")).isTrue();
        assertThat(legal.post(page + "/extensions", with(shown, List.of("reason", "Assessment due"),
                date("newAimOn", start.plusWeeks(20)))).status()).isEqualTo(302);
        shown = legal.get(page);
        assertThat(shown.body()).contains("Assessment due");
        assertThat(legal.post(page + "/step-decision", with(shown, List.of("outcome", "STEP_DOWN_CP", "reasons", "Enough change",
                "alternatives", "Issue: not needed"), date("decidedOn", today))).status()).isEqualTo(302);
        shown = legal.get(page + "?stepDecided");
        assertThat(shown.body()).contains("step-recorded").contains("id=\"ended\"").doesNotContain("plan-meeting-form")
                .doesNotContain("step-decision-form").contains("Step down: continue under a child protection plan");
    }

    /** A child and a sibling, decided on together: the child's pre-proceedings page. */
    private record Siblings(long child, long sibling, String page) {
    }

    private Siblings siblingsInPreProceedings() {
        long child = child();
        long sibling = child();
        new Fixtures(personService, users, jdbc).link(child, sibling, RelationshipType.SIBLING);
        long ppId = open(child, LocalDate.now(clock).minusDays(3), sibling);
        return new Siblings(child, sibling, "/people/" + child + "/pre-proceedings/" + ppId);
    }

    @Test
    void thePageListsTheSiblingsInPreProceedings() {
        Siblings s = siblingsInPreProceedings();
        long sibling = s.sibling();
        PageSession.Page page = PageSession.signedIn(port, "legal").get(s.page());
        assertThat(page.body()).contains("id=\"siblings\"").contains("/people/" + sibling + "/pre-proceedings/");
        long lone = child();
        long lonePp = open(lone, LocalDate.now(clock), null);
        assertThat(PageSession.signedIn(port, "legal").get("/people/" + lone + "/pre-proceedings/" + lonePp).body())
                .contains("no-siblings");
    }

    @Test
    void aRestrictedSiblingIsNotNamedToSomeoneNotOnTheRestriction() {
        Siblings s = siblingsInPreProceedings();
        long sibling = s.sibling();
        String siblingName = new Api(port, "legal").get("/api/v1/people/" + sibling).json().get("familyName").asString();
        restriction.restrict(sibling, List.of(), "Placed in a refuge", journey.user("dutymanager"));
        PageSession.Page page = PageSession.signedIn(port, "legal").get(s.page());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("no-siblings").doesNotContain("/people/" + sibling + "/").doesNotContain(siblingName);
    }
}
