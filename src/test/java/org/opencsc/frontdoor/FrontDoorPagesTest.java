package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.frontdoor.FrontDoorFixtures.API;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.person.PersonService;
import org.opencsc.platform.web.Dates;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.opencsc.support.AtAwkwardTimes;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The front door pages with a real signed-in session: forms, errors, the duty queue and allocation. */
@IntegrationTest
class FrontDoorPagesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;
    @Autowired
    ContactService contacts;
    @Autowired
    ReferralRepository referrals;
    @Autowired
    ContactRepository contactRepository;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    Dates dates;
    @Autowired
    JdbcClient jdbc;

    FrontDoorFixtures fx;
    String family;
    long amy;
    long ben;

    @BeforeEach
    void setUp() {
        fx = new FrontDoorFixtures(personService, users, contacts, contactRepository, jdbc);
        family = FrontDoorFixtures.surname("Page");
        amy = fx.child("Amy", family);
        ben = fx.siblingOf(amy, "Ben", family);
    }

    /** The form as a contact officer fills it in for Amy and Ben, received yesterday. */
    private List<String> contactForm(String receivedTime, String consentScope) {
        LocalDate yesterday = clock.today().minusDays(1);
        return new ArrayList<>(List.of(
                "forChild", String.valueOf(amy),
                "childIds", String.valueOf(amy),
                "childIds", String.valueOf(ben),
                "receivedDay", String.valueOf(yesterday.getDayOfMonth()),
                "receivedMonth", String.valueOf(yesterday.getMonthValue()),
                "receivedYear", String.valueOf(yesterday.getYear()),
                "receivedTime", receivedTime,
                "source", "3B",
                "contactorName", "Jo Visitor",
                "contactorAgency", "Health visiting team",
                "contactorDetails", "07700 900123",
                "reported", "Dad said \"leave\" & <shouted>; the baby was unwashed.",
                "urgency", "STANDARD",
                "consent", "GIVEN",
                "consentScope", consentScope,
                "sharingReason", "Typed in the other box too",
                "outOfHours", "yes",
                "handoverNote", "EDT visited at 2am; children with their nan"));
    }

    private static void assertChecked(SignedInBrowser.Page page, String element, String... attributes) {
        assertThat(page.tag(element, attributes)).as(String.join(" ", attributes)).hasValueSatisfying(
                t -> assertThat(t).containsPattern("\\b(checked|selected)\\b"));
    }

    private static void assertValue(SignedInBrowser.Page page, String id, String value) {
        assertThat(page.tag("input", "id=\"" + id + "\"")).as(id)
                .hasValueSatisfying(t -> assertThat(t).contains("value=\"" + value + "\""));
    }

    private static long contactIdFrom(String location) {
        Matcher m = Pattern.compile("/contacts/(\\d+)\\?recorded$").matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return Long.parseLong(m.group(1));
    }

    // ------------------------------------------------------------------ record a contact

    @Test
    void badInputRedisplaysWithTheErrorSummaryAndEverythingTyped() {
        SignedInBrowser browser = SignedInBrowser.signIn(port, "contact");
        SignedInBrowser.Page form = browser.get("/contacts/new?childId=" + amy);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.tag("input", "id=\"child-" + ben + "\"")).as("the sibling is offered").isPresent();

        SignedInBrowser.Page page = browser.post("/contacts", form.csrf(), contactForm("25:70", " "));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Error: Record a contact - OpenCSC</title>");
        assertThat(page.body()).contains("govuk-error-summary").contains("There is a problem");
        assertThat(page.body()).contains("<a href=\"#receivedTime\">Enter the time on the 24-hour clock, like 09:30 or 17:45</a>");
        assertThat(page.body()).contains("<a href=\"#consentScope\">Enter what the family agreed may be shared, and with whom</a>");
        assertThat(page.body()).contains("id=\"receivedTime-error\"").contains("id=\"consentScope-error\"");
        assertThat(page.body()).as("the date is valid: only the time is wrong").doesNotContain("Enter when the contact was received");

        LocalDate yesterday = clock.today().minusDays(1);
        assertChecked(page, "input", "id=\"child-" + amy + "\"");
        assertChecked(page, "input", "id=\"child-" + ben + "\"");
        assertValue(page, "received-day", String.valueOf(yesterday.getDayOfMonth()));
        assertValue(page, "received-month", String.valueOf(yesterday.getMonthValue()));
        assertValue(page, "received-year", String.valueOf(yesterday.getYear()));
        assertValue(page, "receivedTime", "25:70");
        assertChecked(page, "option", "value=\"3B\"");
        assertValue(page, "contactorName", "Jo Visitor");
        assertValue(page, "contactorAgency", "Health visiting team");
        assertValue(page, "contactorDetails", "07700 900123");
        assertThat(page.textarea("reported")).isEqualTo("Dad said &quot;leave&quot; &amp; &lt;shouted&gt;; the baby was unwashed.");
        assertChecked(page, "input", "name=\"urgency\"", "value=\"STANDARD\"");
        assertChecked(page, "input", "name=\"consent\"", "value=\"GIVEN\"");
        assertThat(page.textarea("sharingReason")).isEqualTo("Typed in the other box too");
        assertChecked(page, "input", "id=\"outOfHours\"");
        assertThat(page.textarea("handoverNote")).isEqualTo("EDT visited at 2am; children with their nan");

        // Nothing chosen at all: every required field is named, and the unticked children stay unticked.
        SignedInBrowser.Page empty = browser.post("/contacts", page.csrf(), "forChild", String.valueOf(amy));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Select at least one child this contact is about")
                .contains("Enter when the contact was received")
                .contains("Enter the time the contact was received, like 09:30")
                .contains("Select who the contact came from")
                .contains("Enter what was reported")
                .contains("Select how urgent this is")
                .contains("Select whether the family consented to information being shared");
        assertThat(empty.tag("input", "id=\"child-" + amy + "\"")).hasValueSatisfying(t -> assertThat(t).doesNotContain("checked"));

        assertThat(fx.count("SELECT count(*) FROM contact_child WHERE person_id IN (?, ?)", amy, ben)).isZero();
    }

    /** The form offers today and the time now; sent as offered, it is recorded at any hour. */
    @AtAwkwardTimes
    void aContactReceivedNowIsRecordedAsTheFormOffersIt(ZonedDateTime at) {
        clock.set(at);
        SignedInBrowser contactOfficer = SignedInBrowser.signIn(port, "contact");
        SignedInBrowser.Page form = contactOfficer.get("/contacts/new?childId=" + amy);
        List<String> offered = contactForm(offered(form, "receivedTime"), "Mum agreed: GP and school");
        // The boxes are named receivedDay... and have the GOV.UK ids received-day...
        for (String part : List.of("Day", "Month", "Year")) {
            offered.set(offered.indexOf("received" + part) + 1, offered(form, "received-" + part.toLowerCase()));
        }
        assertThat(offered(form, "received-day")).isEqualTo(String.valueOf(at.getDayOfMonth()));
        SignedInBrowser.Page saved = contactOfficer.post("/contacts", form.csrf(), offered);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Contact contact = fx.contact(contactIdFrom(saved.location()));
        // In the hour that happens twice, a typed time is the first of the two: up to an hour early, never late.
        assertThat(contact.receivedAt()).isBeforeOrEqualTo(clock.instant()).isAfter(at.toInstant().minusSeconds(3660));
        assertThat(contact.decisionDueOn()).isEqualTo(calendar.addWorkingDays(at.toLocalDate(), 1));
    }

    private static String offered(SignedInBrowser.Page form, String id) {
        String tag = form.tag("input", "id=\"" + id + "\"").orElseThrow();
        Matcher m = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
        assertThat(m.find()).as("a value offered in %s", id).isTrue();
        return m.group(1);
    }

    @Test
    void aValidContactRedirectsToItsPageAndJoinsTheDutyQueueWithItsDueDate() {
        SignedInBrowser contactOfficer = SignedInBrowser.signIn(port, "contact");
        SignedInBrowser.Page form = contactOfficer.get("/contacts/new?childId=" + amy);
        SignedInBrowser.Page saved = contactOfficer.post("/contacts", form.csrf(),
                contactForm("9:30", "Mum agreed: GP and school"));
        assertThat(saved.status()).isEqualTo(302);
        long id = contactIdFrom(saved.location());

        Contact contact = fx.contact(id);
        assertThat(contact.childIds()).containsExactlyInAnyOrder(amy, ben);
        assertThat(contact.reported()).isEqualTo("Dad said \"leave\" & <shouted>; the baby was unwashed.");
        LocalDate yesterday = clock.today().minusDays(1);
        assertThat(contact.receivedAt()).isEqualTo(yesterday.atTime(9, 30).atZone(LONDON).toInstant());
        LocalDate due = calendar.addWorkingDays(yesterday, 1);
        assertThat(contact.decisionDueOn()).isEqualTo(due);

        SignedInBrowser.Page shown = contactOfficer.get("/contacts/" + id + "?recorded");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Contact recorded. A decision is due by " + dates.day(due) + ".");

        // A contact received several working days ago (and not decided) is overdue.
        Instant longAgo = ZonedDateTime.now(clock).minusDays(14).withHour(10).toInstant();
        long overdue = fx.record(longAgo, ben);
        LocalDate overdueDue = fx.contact(overdue).decisionDueOn();
        assertThat(calendar.workingDaysBetween(overdueDue, clock.today())).isGreaterThanOrEqualTo(5);

        SignedInBrowser duty = SignedInBrowser.signIn(port, "duty");
        SignedInBrowser.Page queue = duty.get("/front-door");
        assertThat(queue.status()).isEqualTo(200);
        String row = queue.rowWith("href=\"/contacts/" + id + "\"");
        assertThat(row).contains(dates.day(due)).contains("Amy " + family).contains("Ben " + family)
                .contains("Health visiting team").contains("Standard").contains("Out-of-hours handover")
                .doesNotContain("Overdue");
        String late = queue.rowWith("href=\"/contacts/" + overdue + "\"");
        assertThat(late).contains(dates.day(overdueDue)).contains("Overdue");
        // Soonest due first: the overdue contact comes before the new one.
        assertThat(queue.body().indexOf("/contacts/" + overdue + "\"")).isLessThan(queue.body().indexOf("/contacts/" + id + "\""));
    }

    // ------------------------------------------------------------------ decide on a stale page

    @Test
    void aStaleDecisionFormShowsTheConflictAndKeepsTheTypedReason() {
        long id = fx.record(clock.instant().minus(3, ChronoUnit.HOURS), amy);
        SignedInBrowser duty = SignedInBrowser.signIn(port, "duty");
        SignedInBrowser.Page onScreen = duty.get("/contacts/" + id);
        assertThat(onScreen.status()).isEqualTo(200);
        assertThat(onScreen.tag("input", "name=\"version\"")).hasValueSatisfying(t -> assertThat(t).contains("value=\"0\""));

        // Meanwhile the contact officer adds a police check.
        contacts.addCheck(id, 0, Agency.POLICE, "Domestic abuse marker at the address", fx.user("contact"), API);

        String reason = "Bruising seen twice; Mum's account changed between school and GP";
        SignedInBrowser.Page conflict = duty.post("/contacts/" + id + "/decision", onScreen.csrf(),
                "version", "0", "outcome", "REFERRAL", "primaryNeed", "N1", "reason", reason);
        assertThat(conflict.status()).isEqualTo(200);
        assertThat(conflict.body()).contains("govuk-error-summary")
                .contains("was changed by someone else while you were working on it")
                .contains("Domestic abuse marker at the address");
        assertThat(conflict.textarea("reason")).isEqualTo("Bruising seen twice; Mum&#39;s account changed between school and GP");
        assertChecked(conflict, "input", "name=\"outcome\"", "value=\"REFERRAL\"");
        assertChecked(conflict, "option", "value=\"N1\"");
        assertThat(fx.contact(id).decision()).isNull();

        // The form now carries the latest version, so submitting again works.
        assertThat(conflict.tag("input", "name=\"version\"")).hasValueSatisfying(t -> assertThat(t).contains("value=\"1\""));
        SignedInBrowser.Page decided = duty.post("/contacts/" + id + "/decision", conflict.csrf(),
                "version", "1", "outcome", "REFERRAL", "primaryNeed", "N1", "reason", reason);
        assertThat(decided.status()).isEqualTo(302);
        assertThat(decided.location()).endsWith("/contacts/" + id + "?decided");
        assertThat(fx.contact(id).decision().reason()).isEqualTo(reason);
        assertThat(fx.contact(id).status()).isEqualTo(Contact.Status.AWAITING_SIGN_OFF);

        SignedInBrowser.Page afterwards = duty.get("/contacts/" + id + "?decided");
        assertThat(afterwards.body()).contains("Awaiting manager sign-off").doesNotContain("id=\"save-decision\"")
                .doesNotContain("id=\"sign-off\"");
        SignedInBrowser manager = SignedInBrowser.signIn(port, "dutymanager");
        SignedInBrowser.Page toSign = manager.get("/contacts/" + id);
        assertThat(toSign.body()).contains("id=\"sign-off\"");
        SignedInBrowser.Page signed = manager.post("/contacts/" + id + "/sign-off", toSign.csrf(), "version", "2",
                "rationale", "The checks show a pattern of neglect", "agree", "yes");
        assertThat(signed.status()).isEqualTo(302);
        assertThat(manager.get("/contacts/" + id).body()).contains("Referral " + referrals.forChild(amy).getFirst().id());
    }

    // ------------------------------------------------------------------ allocation

    private int caseloadCount(CurrentUser worker) {
        return (int) fx.count("SELECT count(DISTINCT a.person_id) FROM allocation a JOIN person p ON p.id = a.person_id WHERE a.worker_id = ? AND a.end_date IS NULL AND p.is_child AND p.merged_into IS NULL", worker.id());
    }

    private static int shownCaseload(SignedInBrowser.Page page, CurrentUser worker) {
        int table = page.body().indexOf("id=\"caseloads\"");
        assertThat(table).isNotNegative();
        String rest = page.body().substring(table);
        Matcher m = Pattern.compile("<span>" + Pattern.quote(worker.displayName()) + "</span>.*?"
                + "govuk-table__cell--numeric\">(\\d+)</td>", Pattern.DOTALL).matcher(rest);
        assertThat(m.find()).as("caseload row for " + worker.displayName()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theAllocationPageShowsReReferralsAndCaseloadsAndAllocates() {
        Instant fiveMonthsAgo = ZonedDateTime.now(clock).minusMonths(5).toInstant();
        fx.referredBy(fiveMonthsAgo, PrimaryNeed.N4, amy);
        Referral first = referrals.forChild(amy).getFirst();
        fx.closeOpenReferral(amy);
        long second = fx.referredBy(clock.instant().minus(2, ChronoUnit.HOURS), PrimaryNeed.N1, amy);
        Referral reReferral = referrals.forChild(amy).stream().filter(r -> r.contactId() == second).findFirst().orElseThrow();
        assertThat(reReferral.reReferral()).isTrue();

        CurrentUser social = fx.user("social");
        long team = social.teamIds().iterator().next();
        SignedInBrowser manager = SignedInBrowser.signIn(port, "manager");
        SignedInBrowser.Page page = manager.get("/referrals/allocation");
        assertThat(page.status()).isEqualTo(200);
        String card = cardFor(page, reReferral.id());
        assertThat(card).contains("Re-referral: previously referred " + dates.day(first.referralDate()))
                .contains("Amy " + family).contains("N1 Abuse or neglect");
        assertThat(page.body()).as("the closed first referral awaits no allocation").doesNotContain("id=\"referral-" + first.id() + "\"");
        int before = caseloadCount(social);
        assertThat(shownCaseload(page, social)).isEqualTo(before);
        assertThat(page.body()).containsPattern(java.util.regex.Pattern.quote(social.displayName() + ", " + "Safeguarding team North: " + before + " of ") + "\\d+ children");

        // Allocating without choosing a worker re-shows the page with the error on that referral's group.
        String group = String.valueOf(reReferral.contactId());
        SignedInBrowser.Page noWorker = manager.post("/referrals/allocation", page.csrf(), "group", group,
                "referral", String.valueOf(reReferral.id()), "version-" + reReferral.id(), String.valueOf(reReferral.version()),
                "worker", "");
        assertThat(noWorker.status()).isEqualTo(200);
        assertThat(noWorker.body()).contains("govuk-error-summary")
                .contains("<a href=\"#worker-" + group + "\">Select the worker to allocate to</a>");

        SignedInBrowser.Page allocated = manager.post("/referrals/allocation", noWorker.csrf(), "group", group,
                "referral", String.valueOf(reReferral.id()), "version-" + reReferral.id(), String.valueOf(reReferral.version()),
                "worker", social.id() + ":" + team);
        assertThat(allocated.status()).isEqualTo(302);
        assertThat(allocated.location()).endsWith("/referrals/allocation?allocated=1");
        SignedInBrowser.Page after = manager.get("/referrals/allocation?allocated=1");
        assertThat(after.body()).contains("The referral has been allocated.")
                .doesNotContain("id=\"referral-" + reReferral.id() + "\"");
        assertThat(caseloadCount(social)).isEqualTo(before + 1);
        assertThat(shownCaseload(after, social)).isEqualTo(before + 1);
    }

    private static String cardFor(SignedInBrowser.Page page, long referralId) {
        int start = page.body().indexOf("id=\"referral-" + referralId + "\"");
        assertThat(start).as("card for referral " + referralId).isNotNegative();
        int end = page.body().indexOf("</form>", start);
        return page.body().substring(start, end);
    }

    @Test
    void oddPageRequestsAnswerWithAClientErrorNeverAServerError() {
        long id = fx.record(clock.instant().minus(1, ChronoUnit.HOURS), amy);
        long adult = fx.adult("Carl", family);
        SignedInBrowser duty = SignedInBrowser.signIn(port, "duty");
        String csrf = duty.get("/front-door").csrf();
        List<SignedInBrowser.Page> pages = List.of(
                duty.get("/contacts/abc"),
                duty.get("/contacts/99999999999999999999"),
                duty.get("/contacts/" + (id + 1_000_000)),
                duty.get("/contacts/new?childId=abc"),
                duty.get("/contacts/new?childId=" + (amy + 1_000_000)),
                duty.post("/contacts", csrf, "forChild", String.valueOf(amy), "childIds", "abc"),
                duty.post("/contacts", csrf, "forChild", "abc", "childIds", String.valueOf(amy)),
                duty.post("/contacts", csrf, "childIds", String.valueOf(amy)),
                duty.post("/contacts/" + id + "/decision", csrf, "outcome", "NO_FURTHER_ACTION", "reason", "r"),
                duty.post("/contacts/" + id + "/decision", csrf, "version", "abc", "outcome", "NO_FURTHER_ACTION", "reason", "r"),
                duty.post("/contacts/" + id + "/checks", csrf, "version", "0", "agency", "MI5", "outcome", ""),
                duty.post("/contacts/" + id + "/sign-off", csrf, "version", "0"),
                duty.post("/referrals/abc/allocation", csrf, "version", "0", "worker", "1:1"));
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i).status()).as("request " + i + ": " + pages.get(i).body()).isBetween(200, 499);
        }
        assertThat(pages.get(0).status()).isEqualTo(404);
        assertThat(pages.get(2).status()).isEqualTo(404);
        assertThat(pages.get(8).status()).isEqualTo(400);
        // An unknown agency and a blank outcome re-show the contact with both errors.
        assertThat(pages.get(10).status()).isEqualTo(200);
        assertThat(pages.get(10).body()).contains("Select the agency").contains("Enter what the agency said");
        assertThat(pages.get(11).status()).as("a duty social worker cannot sign off").isEqualTo(403);

        // A contact started from an adult's record cannot be saved about the adult.
        SignedInBrowser contactOfficer = SignedInBrowser.signIn(port, "contact");
        SignedInBrowser.Page fromAdult = contactOfficer.get("/contacts/new?childId=" + adult);
        assertThat(fromAdult.status()).isEqualTo(200);
        List<String> form = contactForm("10:00", "School and GP");
        form.set(1, String.valueOf(adult));
        form.set(3, String.valueOf(adult));
        form.set(5, String.valueOf(adult));
        SignedInBrowser.Page refused = contactOfficer.post("/contacts", fromAdult.csrf(), form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Carl " + family + " is an adult: a contact is about children");
        assertThat(fx.count("SELECT count(*) FROM contact_child WHERE person_id = ?", adult)).isZero();
    }

    @Test
    void onlyManagersReachTheAllocationPage() {
        for (String username : List.of("social", "duty", "contact")) {
            SignedInBrowser browser = SignedInBrowser.signIn(port, username);
            SignedInBrowser.Page page = browser.get("/referrals/allocation");
            assertThat(page.status()).as(username).isEqualTo(403);
            assertThat(page.body()).as(username).contains("Only a manager can allocate referrals");
        }
        fx.referredBy(clock.instant().minus(1, ChronoUnit.HOURS), PrimaryNeed.N1, amy);
        Referral referral = referrals.forChild(amy).getFirst();
        CurrentUser social = fx.user("social");
        SignedInBrowser browser = SignedInBrowser.signIn(port, "social");
        SignedInBrowser.Page any = browser.get("/");
        SignedInBrowser.Page refused = browser.post("/referrals/" + referral.id() + "/allocation", any.csrf(),
                "version", "0", "worker", social.id() + ":" + social.teamIds().iterator().next());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(referrals.forChild(amy).getFirst().allocated()).isFalse();

        SignedInBrowser dutyManager = SignedInBrowser.signIn(port, "dutymanager");
        assertThat(dutyManager.get("/referrals/allocation").status()).isEqualTo(200);
    }
}
