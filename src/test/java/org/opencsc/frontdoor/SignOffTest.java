package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A duty manager's sign-off is not a single button: they give their rationale and agree, or
 * disagree and make the decision themselves. Both decisions are kept and shown, and only the
 * manager's is followed through.
 */
@IntegrationTest
class SignOffTest {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    ContactService contacts;
    @Autowired
    ContactRepository contactRepository;
    @Autowired
    ReferralService referrals;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    EventLog events;
    @Autowired
    JdbcClient jdbc;

    FrontDoorFixtures fx;
    String family;
    long amy;
    long contact;

    /** A contact about Amy that the duty social worker decided needs no further action, awaiting sign-off. */
    @BeforeEach
    void aDutyWorkersDecisionAwaitsSignOff() {
        fx = new FrontDoorFixtures(people, users, contacts, contactRepository, jdbc);
        family = FrontDoorFixtures.surname("Signoff");
        amy = fx.child("Amy", family);
        contact = fx.record(clock.instant().minus(2, ChronoUnit.HOURS), amy);
        contacts.decide(contact, fx.version(contact), DecisionOutcome.NO_FURTHER_ACTION, "A one-off incident; mum engaged well",
                null, null, fx.user("duty"), FrontDoorFixtures.API);
    }

    @Test
    void theManagerDisagreesOnThePageAndBothDecisionsAreKeptAndShown() {
        PageSession manager = PageSession.signedIn(port, "dutymanager");
        PageSession.Page page = manager.get("/contacts/" + contact);
        assertThat(page.body()).contains("id=\"sign-off-form\"").contains("id=\"rationale\"").contains("id=\"agree-no\"");
        int version = fx.version(contact);

        // Neither a rationale nor an answer: both asked for, what was chosen kept, nothing saved.
        PageSession.Page refused = manager.post("/contacts/" + contact + "/sign-off", "_csrf", page.csrf(),
                "version", String.valueOf(version), "rationale", " ", "changedOutcome", "REFERRAL");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary")
                .contains("<a href=\"#rationale\">Enter your rationale: why this decision is, or is not, the right one</a>")
                .contains("<a href=\"#agree\">Select whether you agree with the decision</a>");
        assertThat(refused.isChecked("changedOutcome", "REFERRAL")).isTrue();
        assertThat(fx.contact(contact).status()).isEqualTo(Contact.Status.AWAITING_SIGN_OFF);

        // Disagreeing without saying what instead is refused, keeping the rationale typed.
        String rationale = "Third police call-out this year: the pattern, not the single incident, meets the threshold";
        PageSession.Page noOutcome = manager.post("/contacts/" + contact + "/sign-off", "_csrf", page.csrf(),
                "version", String.valueOf(version), "rationale", rationale, "agree", "no");
        assertThat(noOutcome.body()).contains("Select the decision you are making instead").contains(rationale);
        assertThat(noOutcome.isChecked("agree", "no")).isTrue();
        PageSession.Page same = manager.post("/contacts/" + contact + "/sign-off", "_csrf", page.csrf(),
                "version", String.valueOf(version), "rationale", rationale, "agree", "no", "changedOutcome", "NO_FURTHER_ACTION");
        assertThat(same.body()).contains("That is the decision already made");

        PageSession.Page changed = manager.post("/contacts/" + contact + "/sign-off", "_csrf", page.csrf(),
                "version", String.valueOf(version), "rationale", rationale, "agree", "no", "changedOutcome", "REFERRAL",
                "changedPrimaryNeed", "N1");
        assertThat(changed.status()).isEqualTo(302);

        Contact.Decision decision = fx.contact(contact).decision();
        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.REFERRAL);
        assertThat(decision.primaryNeed()).isEqualTo(PrimaryNeed.N1);
        assertThat(decision.signOffRationale()).isEqualTo(rationale);
        assertThat(decision.original()).isEqualTo(new Contact.Original(DecisionOutcome.NO_FURTHER_ACTION, null, null));
        assertThat(decision.reason()).as("the duty worker's reason is kept").isEqualTo("A one-off incident; mum engaged well");
        assertThat(referrals.forChild(amy)).as("the manager's decision is followed through").singleElement()
                .satisfies(r -> assertThat(r.contactId()).isEqualTo(contact));

        String shown = manager.get("/contacts/" + contact).body();
        assertThat(shown).contains("Decision (the manager&#39;s, at sign-off)").contains("Referral to children&#39;s social care")
                .contains(rationale.replace("'", "&#39;")).contains("id=\"original-decision\"").contains("No further action")
                .contains("Changed by " + fx.user("dutymanager").displayName()).doesNotContain("id=\"sign-off-form\"");
        assertThat(events.chronology(List.of(amy), ChronologyFilter.latest(20)))
                .filteredOn(e -> e.type() == EventType.CONTACT_DECISION && e.summary().contains("changed at sign-off"))
                .singleElement().satisfies(e -> {
                    assertThat(e.summary()).contains("No further action").contains("became Referral");
                    assertThat(e.detail()).contains("Manager's rationale: " + rationale).contains("N1");
                });
    }

    @Test
    void theManagerAgreesWithARationaleAndTheDecisionStandsAsMade() {
        PageSession manager = PageSession.signedIn(port, "dutymanager");
        PageSession.Page page = manager.get("/contacts/" + contact);
        PageSession.Page agreed = manager.post("/contacts/" + contact + "/sign-off", "_csrf", page.csrf(),
                "version", String.valueOf(fx.version(contact)), "rationale", "Proportionate: no previous concerns", "agree", "yes");
        assertThat(agreed.status()).isEqualTo(302);
        Contact.Decision decision = fx.contact(contact).decision();
        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.NO_FURTHER_ACTION);
        assertThat(decision.original()).isNull();
        assertThat(decision.signOffRationale()).isEqualTo("Proportionate: no previous concerns");
        assertThat(manager.get("/contacts/" + contact).body()).contains("Agreed by").contains("Proportionate: no previous concerns")
                .doesNotContain("id=\"original-decision\"");
        assertThat(referrals.forChild(amy)).isEmpty();
    }

    @Test
    void theApiNamesEveryMissingOrContradictoryFieldAndRefusesAStaleVersion() {
        Api api = new Api(port, "dutymanager");
        String path = "/api/v1/contacts/" + contact + "/sign-off";
        int version = fx.version(contact);
        assertThat(fields(api.post(path, "{\"version\": %d}".formatted(version)))).containsExactlyInAnyOrder("rationale", "agree");
        assertThat(fields(api.post(path, "{\"version\": %d, \"rationale\": \"r\", \"agree\": false}".formatted(version))))
                .containsExactly("changedOutcome");
        assertThat(fields(api.post(path, """
                {"version": %d, "rationale": "r", "agree": false, "changedOutcome": "EARLY_HELP"}""".formatted(version))))
                .containsExactly("changedEarlyHelpService");
        assertThat(fields(api.post(path, """
                {"version": %d, "rationale": "r", "agree": false, "changedOutcome": "REFERRAL", "changedPrimaryNeed": "N99"}"""
                .formatted(version)))).containsExactly("changedPrimaryNeed");
        assertThat(fields(api.post(path, """
                {"version": %d, "rationale": "r", "agree": true, "changedOutcome": "REFERRAL"}""".formatted(version))))
                .containsExactly("changedOutcome");
        assertThat(fields(api.post(path, "{\"version\": %d, \"rationale\": \"r\", \"agree\": \"perhaps\"}".formatted(version))))
                .containsExactly("agree");
        assertThat(fx.contact(contact).status()).isEqualTo(Contact.Status.AWAITING_SIGN_OFF);

        Api.Response stale = api.post(path, """
                {"version": %d, "rationale": "r", "agree": false, "changedOutcome": "EARLY_HELP", "changedEarlyHelpService": "Family Hub"}"""
                .formatted(version - 1));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(fx.contact(contact).decision().signedOff()).isFalse();

        Api.Response changed = api.post(path, """
                {"version": %d, "rationale": "Below threshold but the family needs support", "agree": false,
                 "changedOutcome": "EARLY_HELP", "changedEarlyHelpService": "Family Hub North"}""".formatted(version));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("decision").get("outcome").asString()).isEqualTo("EARLY_HELP");
        assertThat(changed.json().get("decision").get("earlyHelpService").asString()).isEqualTo("Family Hub North");
        assertThat(changed.json().get("decision").get("original").get("outcome").asString()).isEqualTo("NO_FURTHER_ACTION");
        assertThat(changed.json().get("decision").get("signOffRationale").asString())
                .isEqualTo("Below threshold but the family needs support");
        assertThat(api.post(path, "{\"version\": %d, \"rationale\": \"r\", \"agree\": true}".formatted(version + 1)).status())
                .as("signed off once").isEqualTo(409);
    }

    /** A manager's changed decision obeys the open-case rules a duty worker's decision obeys. */
    @Test
    void aChangedDecisionIsRefusedNewInformationWithoutAnOpenCase() {
        Api api = new Api(port, "dutymanager");
        int version = fx.version(contact);
        assertThat(fields(api.post("/api/v1/contacts/" + contact + "/sign-off", """
                {"version": %d, "rationale": "The allocated worker should know", "agree": false,
                 "changedOutcome": "NEW_INFORMATION"}""".formatted(version)))).containsExactly("changedOutcome");

        PageSession manager = PageSession.signedIn(port, "dutymanager");
        PageSession.Page page = manager.get("/contacts/" + contact);
        PageSession.Page refused = manager.post("/contacts/" + contact + "/sign-off", "_csrf", page.csrf(),
                "version", String.valueOf(version), "rationale", "The allocated worker should know", "agree", "no",
                "changedOutcome", "NEW_INFORMATION");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("<a href=\"#changedOutcome\">").contains("has no open case");
        assertThat(fx.contact(contact).status()).isEqualTo(Contact.Status.AWAITING_SIGN_OFF);
        assertThat(jdbc.sql("SELECT count(*) FROM contact_new_information WHERE contact_id = ?").params(contact)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aChangedDecisionIsRefusedAReferralForAnOpenCase() {
        long ben = fx.child("Ben", family);
        fx.openCase(clock.instant().minus(20, ChronoUnit.DAYS), referrals, "social", ben);
        long about = fx.record(clock.instant().minus(1, ChronoUnit.HOURS), ben);
        contacts.decide(about, fx.version(about), DecisionOutcome.NEW_INFORMATION, "Known to the Exploitation team",
                null, null, fx.user("duty"), FrontDoorFixtures.API);
        Api.Response refused = new Api(port, "dutymanager").post("/api/v1/contacts/" + about + "/sign-off", """
                {"version": %d, "rationale": "Threshold met", "agree": false, "changedOutcome": "REFERRAL",
                 "changedPrimaryNeed": "N1"}""".formatted(fx.version(about)));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("A contact about an open case is passed to the allocated worker");
        assertThat(fx.contact(about).status()).isEqualTo(Contact.Status.AWAITING_SIGN_OFF);
        assertThat(fx.contact(about).decision().outcome()).isEqualTo(DecisionOutcome.NEW_INFORMATION);
        assertThat(referrals.forChild(ben)).hasSize(1);
    }

    @Test
    void aReferralSignedOffAfterTheCaseOpenedIsShownAsNewInformation() {
        long cara = fx.child("Cara", family);
        long about = fx.record(clock.instant().minus(3, ChronoUnit.HOURS), cara);
        contacts.decide(about, fx.version(about), DecisionOutcome.REFERRAL, "Threshold met", null, PrimaryNeed.N1,
                fx.user("duty"), FrontDoorFixtures.API);
        fx.openCase(clock.instant().minus(2, ChronoUnit.HOURS), referrals, "social", cara);
        contacts.signOff(about, fx.version(about), new SignOffInput("Agreed: threshold met", true, null, null, null),
                fx.user("dutymanager"), FrontDoorFixtures.API);
        assertThat(referrals.forChild(cara)).as("no second referral").hasSize(1);
        assertThat(fx.contact(about).decision().outcome()).isEqualTo(DecisionOutcome.NEW_INFORMATION);
        assertThat(PageSession.signedIn(port, "dutymanager").get("/contacts/" + about).body())
                .contains("New information for the allocated worker");
    }

    @Test
    void aManagersOwnDecisionIsNotShownAsAgreedBySomeoneElse() {
        long dan = fx.child("Dan", family);
        long about = fx.record(clock.instant().minus(1, ChronoUnit.HOURS), dan);
        contacts.decide(about, fx.version(about), DecisionOutcome.NO_FURTHER_ACTION, "No concerns on checks", null, null,
                fx.user("dutymanager"), FrontDoorFixtures.API);
        String shown = PageSession.signedIn(port, "dutymanager").get("/contacts/" + about).body();
        assertThat(shown).contains("Decided by a manager (no separate sign-off)").doesNotContain("Agreed by");
    }

    private static List<String> fields(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        return r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
