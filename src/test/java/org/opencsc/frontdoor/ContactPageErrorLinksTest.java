package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contact page holds several forms: each error summary link goes to an element of the form
 * that went wrong, and one form's error is never shown on another's field.
 */
@IntegrationTest
class ContactPageErrorLinksTest {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    ContactService contacts;
    @Autowired
    ContactRepository contactRepository;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReferralService referrals;
    @Autowired
    NewInformationService newInformation;

    FrontDoorFixtures fx;
    long contact;

    @BeforeEach
    void aContactAwaitsADecision() {
        fx = new FrontDoorFixtures(people, users, contacts, contactRepository, jdbc);
        contact = fx.record(clock.instant().minus(1, ChronoUnit.HOURS), fx.child("Ivy", FrontDoorFixtures.surname("Links")));
    }

    @Test
    void theDecisionAndTheAgencyCheckHaveTheirOwnFields() {
        PageSession duty = PageSession.signedIn(port, "duty");
        PageSession.Page page = duty.get("/contacts/" + contact);
        PageSession.Page decision = duty.post("/contacts/" + contact + "/decision", "_csrf", page.csrf(),
                "version", String.valueOf(fx.version(contact)), "reason", "Typed reason");
        assertThat(decision.body()).contains("<a href=\"#outcome\">Select the decision</a>");
        assertLinksResolve(decision.body());
        assertThat(count(decision.body(), "id=\"outcome-error\"")).isEqualTo(1);
        assertThat(count(decision.body(), "id=\"outcome\"")).as("the first decision radio only").isEqualTo(1);
        assertThat(decision.body()).doesNotContain("id=\"checkOutcome-error\"");

        PageSession.Page check = duty.post("/contacts/" + contact + "/checks", "_csrf", page.csrf(),
                "version", String.valueOf(fx.version(contact)), "agency", "POLICE", "checkOutcome", " ");
        assertThat(check.body()).contains("<a href=\"#checkOutcome\">Enter what the agency said</a>")
                .contains("id=\"checkOutcome-error\"").doesNotContain("id=\"outcome-error\"");
        assertLinksResolve(check.body());

        PageSession.Page stale = duty.post("/contacts/" + contact + "/decision", "_csrf", page.csrf(),
                "version", String.valueOf(fx.version(contact) + 5), "outcome", "NO_FURTHER_ACTION", "reason", "r");
        assertThat(stale.body()).contains("changed by someone else");
        assertLinksResolve(stale.body());
    }

    @Test
    void aSignOffConflictLinksToTheDecision() {
        contacts.decide(contact, fx.version(contact), DecisionOutcome.NO_FURTHER_ACTION, "One-off", null, null,
                fx.user("duty"), FrontDoorFixtures.API);
        PageSession manager = PageSession.signedIn(port, "dutymanager");
        PageSession.Page page = manager.get("/contacts/" + contact);
        PageSession.Page stale = manager.post("/contacts/" + contact + "/sign-off", "_csrf", page.csrf(),
                "version", String.valueOf(fx.version(contact) + 5), "rationale", "Fine", "agree", "yes");
        assertThat(stale.body()).contains("changed by someone else");
        assertLinksResolve(stale.body());
    }

    @Test
    void anAcknowledgementAlreadyMadeLinksToTheNewInformation() {
        long child = fx.child("Jo", FrontDoorFixtures.surname("Links"));
        fx.openCase(clock.instant().minus(20, ChronoUnit.DAYS), referrals, "social", child);
        long about = fx.record(clock.instant().minus(1, ChronoUnit.HOURS), child);
        contacts.decide(about, fx.version(about), DecisionOutcome.NEW_INFORMATION, "Known to the team", null, null,
                fx.user("dutymanager"), FrontDoorFixtures.API);
        long item = newInformation.forContact(about).getFirst().id();
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page page = social.get("/contacts/" + about);
        newInformation.acknowledge(about, item, "Read: visiting tomorrow", fx.user("social"), FrontDoorFixtures.API);
        PageSession.Page again = social.post("/contacts/" + about + "/new-information/" + item + "/acknowledgement",
                "_csrf", page.csrf(), "response", "Read it");
        assertThat(again.body()).contains("already acknowledged");
        assertLinksResolve(again.body());
    }

    /** Every link in the error summary names an id on the page. */
    static void assertLinksResolve(String body) {
        int start = body.indexOf("govuk-error-summary__list");
        assertThat(start).as("an error summary").isPositive();
        String list = body.substring(start, body.indexOf("</ul>", start));
        Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(list);
        int found = 0;
        while (links.find()) {
            found++;
            assertThat(body).as("an element for #" + links.group(1)).contains("id=\"" + links.group(1) + "\"");
        }
        assertThat(found).isPositive();
    }

    private static int count(String body, String text) {
        return body.split(Pattern.quote(text), -1).length - 1;
    }
}
