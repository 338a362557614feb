package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencsc.frontdoor.FrontDoorFixtures.API;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.person.RecordRestriction;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.opencsc.workforce.Attention;
import org.opencsc.workforce.DueWork;
import org.opencsc.workforce.DueWorkRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10, finding 1: the front door sees a child's open case and their siblings', a contact
 * about an open case goes to the allocated worker as new information and never opens a second
 * referral, and the duty queue keeps a family's contacts together.
 */
@IntegrationTest
class FrontDoorContextTest {

    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;
    @Autowired
    ContactService contacts;
    @Autowired
    ContactRepository contactRepository;
    @Autowired
    ReferralService referrals;
    @Autowired
    NewInformationService newInformation;
    @Autowired
    PersonService personService;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    UserRepository users;
    @Autowired
    DueWork dueWork;
    @Autowired
    Attention attention;
    @Autowired
    JdbcClient jdbc;

    FrontDoorFixtures fx;
    String family;
    long amy;
    long ben;

    @BeforeEach
    void setUp() {
        fx = new FrontDoorFixtures(personService, users, contacts, contactRepository, jdbc);
        family = FrontDoorFixtures.surname("Open");
        amy = fx.child("Amy", family);
        ben = fx.siblingOf(amy, "Ben", family);
    }

    private Instant daysAgo(int days) {
        return clock.instant().minus(days, ChronoUnit.DAYS);
    }

    private Instant anHourAgo() {
        return clock.instant().minus(1, ChronoUnit.HOURS);
    }

    private long openReferrals(long child) {
        return fx.count("SELECT count(*) FROM referral WHERE person_id = ? AND closure_date IS NULL", child);
    }

    @Test
    void theContactPageShowsTheOpenCaseOfTheChildAndTheirSiblingsAndSealsARestrictedSibling() {
        long openReferral = fx.openCase(daysAgo(20), referrals, "social", amy);
        long earlier = fx.record(daysAgo(40), ben);
        contacts.decide(earlier, fx.version(earlier), DecisionOutcome.INFORMATION_AND_ADVICE, "Advice to the school", null, null,
                fx.user("dutymanager"), API);
        long cara = fx.siblingOf(amy, "Cara", family);
        restriction.restrict(cara, List.of(), "Child of a member of staff", fx.user("manager"));
        long contact = fx.record(anHourAgo(), amy);

        SignedInBrowser.Page page = SignedInBrowser.signIn(port, "contact").get("/contacts/" + contact);
        assertThat(page.status()).isEqualTo(200);
        String context = section(page.body(), "case-context");
        String amyCard = card(context, "context-" + amy);
        assertThat(amyCard).contains("Open case").contains("Referral " + openReferral).contains("Child in need")
                .contains("Sam Social").contains("Referrals in the last 12 months");
        String benCard = card(context, "context-" + ben);
        assertThat(benCard).contains("Ben " + family).contains("sibling").contains("Contact " + earlier)
                .contains("Information and advice").contains("Not allocated");
        assertThat(context).contains("A sibling whose record you cannot open").doesNotContain("Cara");
        assertThat(page.body()).doesNotContain("Cara " + family).contains("open-case-warning");
        // The contact officer does not decide: no empty "Decision" heading.
        assertThat(page.body()).doesNotContain("id=\"decision-heading\"");

        SignedInBrowser.Page duty = SignedInBrowser.signIn(port, "dutymanager").get("/contacts/" + contact);
        assertThat(duty.body()).contains("id=\"decision-heading\"").contains("value=\"NEW_INFORMATION\"")
                .doesNotContain("value=\"REFERRAL\"");
        Api.Response api = new Api(port, "contact").get("/api/v1/contacts/" + contact + "/context");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("Sam Social").doesNotContain("Cara").contains("\"withheld\":true");
    }

    @Test
    void aReferralForAChildWhoseCaseIsOpenIsRefusedOnThePageAndWith409OverTheApi() {
        fx.openCase(daysAgo(20), referrals, "social", amy);
        long contact = fx.record(anHourAgo(), amy);

        SignedInBrowser browser = SignedInBrowser.signIn(port, "dutymanager");
        SignedInBrowser.Page form = browser.get("/contacts/" + contact);
        SignedInBrowser.Page refused = browser.post("/contacts/" + contact + "/decision", form.csrf(),
                "version", String.valueOf(fx.version(contact)), "outcome", "REFERRAL", "primaryNeed", "N1",
                "reason", "Typed reason that is kept");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("case is open (referral")
                .contains("not made a second referral").contains("Typed reason that is kept");

        Api.Response api = new Api(port, "dutymanager").post("/api/v1/contacts/" + contact + "/decision",
                "{\"version\": " + fx.version(contact) + ", \"outcome\": \"REFERRAL\", \"reason\": \"Threshold\", \"primaryNeed\": \"N1\"}");
        assertThat(api.status()).as(api.body()).isEqualTo(409);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.json().get("detail").asString()).contains("new information");
        assertThat(openReferrals(amy)).isEqualTo(1);
        assertThat(fx.contact(contact).status()).isEqualTo(Contact.Status.AWAITING_DECISION);
    }

    @Test
    void newInformationReachesTheWorkersMyWorkAndTheirManagerAndIsDoneWhenAcknowledged() {
        fx.openCase(daysAgo(20), referrals, "social", amy);
        long contact = fx.record(anHourAgo(), amy);
        contacts.decide(contact, fx.version(contact), DecisionOutcome.NEW_INFORMATION, "Open case: for the worker", null, null,
                fx.user("dutymanager"), API);

        assertThat(openReferrals(amy)).isEqualTo(1);
        List<NewInformation> passed = newInformation.forContact(contact);
        assertThat(passed).singleElement().satisfies(i -> {
            assertThat(i.workerName()).isEqualTo("Sam Social");
            assertThat(i.acknowledged()).isFalse();
        });
        assertThat(mine("social")).contains("New information from contact " + contact + ": read and act on it");
        assertThat(attention.itemsFor(fx.user("manager"))).anySatisfy(a -> assertThat(a.what())
                .contains("New information from contact " + contact));

        long item = passed.getFirst().id();
        Api.Response blank = new Api(port, "social").post("/api/v1/contacts/" + contact + "/new-information/" + item
                + "/acknowledgement", "{\"response\": \" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("\"field\":\"response\"");
        Api.Response stranger = new Api(port, "social2").post("/api/v1/contacts/" + contact + "/new-information/" + item
                + "/acknowledgement", "{\"response\": \"Not mine\"}");
        assertThat(stranger.status()).isEqualTo(403);

        Api.Response done = new Api(port, "social").post("/api/v1/contacts/" + contact + "/new-information/" + item
                + "/acknowledgement", "{\"response\": \"Will visit Amy tomorrow and update the assessment\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("Will visit Amy tomorrow").contains("Sam Social");
        assertThat(mine("social")).doesNotContain("New information from contact " + contact + ":");
        assertThat(attention.itemsFor(fx.user("manager"))).noneSatisfy(a -> assertThat(a.what())
                .contains("New information from contact " + contact + " "));
        assertThatThrownBy(() -> newInformation.acknowledge(contact, item, "Again", fx.user("social"), API))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void newInformationIsOnlyForChildrenWhoseCaseIsOpen() {
        long contact = fx.record(anHourAgo(), amy);
        assertThatThrownBy(() -> contacts.decide(contact, fx.version(contact), DecisionOutcome.NEW_INFORMATION, "For the worker",
                null, null, fx.user("dutymanager"), API))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no open case");
        assertThat(fx.contact(contact).status()).isEqualTo(Contact.Status.AWAITING_DECISION);
    }

    @Test
    void aReferralSignedOffAfterTheCaseOpenedBecomesNewInformationNotASecondReferral() {
        long first = fx.record(daysAgo(1), amy);
        contacts.decide(first, fx.version(first), DecisionOutcome.REFERRAL, "Threshold met", null, PrimaryNeed.N1,
                fx.user("duty"), API);
        // Meanwhile another contact about Amy was referred and allocated.
        fx.openCase(daysAgo(2), referrals, "social", amy);
        contacts.signOff(first, fx.version(first), SignOffInput.agreeing("Referral agreed: threshold met"), fx.user("dutymanager"), API);

        assertThat(openReferrals(amy)).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM referral WHERE contact_id = ?", first)).isZero();
        assertThat(newInformation.forContact(first)).singleElement()
                .satisfies(i -> assertThat(i.workerName()).isEqualTo("Sam Social"));
        // The record offers one "Close the case", not two.
        String record = SignedInBrowser.signIn(port, "manager").get("/people/" + amy).body();
        assertThat(Pattern.compile("Close the case \\(referral").matcher(record).results().count()).isEqualTo(1);
    }

    @Test
    void aReferralAboutSiblingsOfWhomOneIsOpenRefersTheOtherAndPassesTheOpenOneOn() {
        fx.openCase(daysAgo(20), referrals, "social", amy);
        long contact = fx.record(anHourAgo(), amy, ben);
        contacts.decide(contact, fx.version(contact), DecisionOutcome.REFERRAL, "Both children at risk", null, PrimaryNeed.N1,
                fx.user("dutymanager"), API);

        assertThat(openReferrals(amy)).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM referral WHERE contact_id = ? AND person_id = ?", contact, ben)).isEqualTo(1);
        assertThat(newInformation.forContact(contact)).singleElement().satisfies(i -> assertThat(i.personId()).isEqualTo(amy));
    }

    @Test
    void onlyTheWorkerOrTheirManagerAcknowledges() {
        fx.openCase(daysAgo(20), referrals, "social", amy);
        long contact = fx.record(anHourAgo(), amy);
        contacts.decide(contact, fx.version(contact), DecisionOutcome.NEW_INFORMATION, "For the worker", null, null,
                fx.user("dutymanager"), API);
        long item = newInformation.forContact(contact).getFirst().id();
        assertThatThrownBy(() -> newInformation.acknowledge(contact, item, "Read", fx.user("contact"), API))
                .isInstanceOf(RecordAccessDeniedException.class);
        newInformation.acknowledge(contact, item, "Read, discussing in supervision", fx.user("manager"), API);
        assertThat(newInformation.forContact(contact).getFirst().acknowledgedBy()).isEqualTo(fx.user("manager").displayName());
    }

    @Test
    void theDutyQueueKeepsAFamilysContactsTogether() {
        long stranger = fx.child("Zed", FrontDoorFixtures.surname("Apart"));
        Instant morning = clock.instant().minus(2, ChronoUnit.HOURS);
        long aboutAmy = fx.record(morning, amy);
        long aboutStranger = fx.record(morning.plusSeconds(60), stranger);
        long aboutBen = fx.record(morning.plusSeconds(120), ben);

        String queue = SignedInBrowser.signIn(port, "duty").get("/front-door").body();
        String group = groupContaining(queue, "/contacts/" + aboutAmy + "\"");
        assertThat(group).contains("Same child or family: 2 contacts").contains("/contacts/" + aboutBen + "\"")
                .doesNotContain("/contacts/" + aboutStranger + "\"");
    }

    private List<String> mine(String username) {
        return dueWork.mine(fx.user(username)).rows().stream().map(DueWorkRow::what).toList();
    }

    private static String groupContaining(String body, String marker) {
        int at = body.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        return body.substring(body.lastIndexOf("<tbody", at), body.indexOf("</tbody>", at));
    }

    private static String section(String body, String id) {
        int start = body.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return body.substring(start, body.indexOf("</section>", start));
    }

    private static String card(String context, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"").matcher(context);
        assertThat(m.find()).as(id).isTrue();
        int next = context.indexOf("govuk-summary-card\"", m.end());
        return context.substring(m.start(), next < 0 ? context.length() : next);
    }
}
