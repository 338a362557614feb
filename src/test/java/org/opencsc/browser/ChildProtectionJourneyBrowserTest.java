package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opencsc.person.PersonInput;
import org.opencsc.person.PersonService;
import org.opencsc.security.AccessLog;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Browser;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One child's whole statutory journey through the real pages in headless Chromium, as the people
 * who do each step: a contact becomes a referral and is allocated, the social worker starts the
 * single assessment, holds the strategy discussion that starts a Section 47 enquiry, records its
 * outcome; the chair records the initial conference (a neglect plan); the core group meets; the
 * assessment is authorised; when the first review's date has passed it shows as overdue on the
 * worker's and the manager's lists; the review conference ends the plan and the child steps down
 * to child in need; the manager closes the case.
 *
 * <p>The journey starts five months ago (the pages take past dates), so "3 months after the
 * initial conference" has passed by today, as it would have in a real case recorded late.
 */
@IntegrationTest
@Tag("browser")
class ChildProtectionJourneyBrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static Browser browser;

    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void referralToClosureWithTheOverdueReviewShowingOnTheWorkLists() {
        LocalDate today = clock.today();
        LocalDate received = today.minusDays(150);
        LocalDate discussion = received.plusDays(3);
        LocalDate s47Completed = received.plusDays(8);
        LocalDate icpc = received.plusDays(12);
        LocalDate coreGroup = icpc.plusDays(7);
        LocalDate assessmentCompleted = received.plusDays(20);
        LocalDate firstReviewDue = icpc.plusMonths(3);
        String family = Fixtures.uniqueSurname("Journey");
        String name = "Mia " + family;
        long child = child("Mia", family);

        browser = Browser.start();
        browser.at(port);

        // 1. Referral: a contact from school (received five months ago), decided by the duty manager, allocated to Sam Social.
        browser.signIn("contact").open("/contacts/new?childId=" + child);
        date("received", received);
        browser.type(By.id("receivedTime"), "09:30")
                .select(By.id("source"), "2A Schools")
                .type(By.id("contactorName"), "Mrs Khan")
                .type(By.id("contactorAgency"), "St Mary's Primary School")
                .type(By.id("reported"), "Mia arrives hungry and unwashed most days; she said there is no food at home.")
                .check("urgency-SAME_DAY")
                .check("consent-NOT_SOUGHT")
                .type(By.id("sharingReason"), "Seeking consent may place Mia at risk of significant harm")
                .submit(By.id("save-contact"));
        long contact = Long.parseLong(browser.path().substring("/contacts/".length()));
        browser.signIn("dutymanager").open("/contacts/" + contact)
                .check("decision-outcome-REFERRAL")
                .select(By.id("primaryNeed"), "N1 Abuse or neglect")
                .type(By.id("reason"), "Persistent signs of neglect reported by school: threshold for assessment met.")
                .submit(By.id("save-decision"));
        long referral = jdbc.sql("SELECT id FROM referral WHERE contact_id = ? AND person_id = ?").params(contact, child)
                .query(Long.class).single();
        long social = users.findByUsername("social").orElseThrow().id();
        browser.signIn("manager").open("/referrals/allocation");
        browser.select(By.id("worker-" + contact), browser.find(By.cssSelector("#worker-" + contact + " option[value^='"
                + social + ":']")).getText()).submit(By.id("allocate-" + contact));
        assertThat(browser.find(By.className("govuk-notification-banner--success")).getText()).contains("has been allocated");

        // 2. The social worker starts the single assessment from the record; the history section is pre-filled.
        browser.signIn("social").open("/people/" + child).submit(By.id("start-assessment-" + referral));
        date("startedOn", received.plusDays(1));
        browser.submit(By.id("start-assessment"));
        assertThat(browser.path()).matches("/assessments/\\d+");
        String assessmentPath = browser.path();
        assertThat(browser.find(By.id("history")).getAttribute("value")).as("history pre-filled from the chronology")
                .contains("Referral");
        browser.type(By.id("wishesAndFeelings"), "Mia said: \"I'm hungry at school and mum is always asleep.\"")
                .submit(By.id("save-draft"));

        // 3. Strategy discussion with police, health, education and social care: start a Section 47 enquiry.
        browser.open("/people/" + child).submit(By.id("strategy-discussion-" + referral));
        date("held", discussion);
        browser.type(By.id("heldTime"), "10:00")
                .type(By.id("information"), "School: weight loss and hunger. Health: missed immunisations. Police: no records.");
        attendee(0, "DS Lowe", "POLICE");
        attendee(1, "Nurse Patel", "HEALTH");
        attendee(2, "Mrs Khan", "EDUCATION");
        attendee(3, "Sam Social", "SOCIAL_CARE");
        radio("decision", "START_S47");
        browser.type(By.id("decisionReason"), "Reasonable cause to suspect Mia is suffering significant harm through neglect")
                .submit(By.id("save-strategy-discussion"));
        long enquiry = jdbc.sql("SELECT id FROM s47_enquiry WHERE person_id = ?").params(child).query(Long.class).single();

        // 4. The Section 47 enquiry concludes an initial conference is needed.
        browser.open("/people/" + child).submit(By.id("s47-outcome-" + enquiry));
        date("completedOn", s47Completed);
        radio("outcome", "ICPC_REQUIRED");
        browser.type(By.id("outcomeReason"), "Home visit and medical: neglect substantiated; continuing risk").submit(By.id("save-outcome"));

        // 5. The chair records the initial conference: a child protection plan under neglect.
        browser.signIn("chair").open("/people/" + child).submit(By.id("conference-" + enquiry));
        date("heldOn", icpc);
        browser.type(By.id("startsAt"), "10:00");
        invitee(0, "Mum", "Parent", "Attended");
        invitee(1, "Dad", "Parent", "Did not attend");
        invitee(2, "Mrs Khan", "School", "Attended");
        invitee(3, "Nurse Patel", "Health", "Attended");
        invitee(4, "DS Lowe", "Police", "Sent apologies");
        invitee(5, "Sam Social", "Social worker", "Attended");
        browser.type(By.id("chair"), "Casey Chair")
                .type(By.id("childViews"), "Mia said she wants \"food in the cupboards and mum to get up in the morning\".")
                .check("planNeeded")
                .select(By.id("category"), "Neglect")
                .type(By.id("reasons"), "Mia is likely to suffer significant harm from neglect")
                .submit(By.id("save-conference"));
        assertThat(browser.find(By.id("current-plan")).getText()).contains("neglect");
        assertThat(browser.find(By.id("level-of-need")).getText()).isEqualTo("Child protection");

        // 6. The first core group meets; the manager authorises the assessment.
        browser.signIn("social").open("/people/" + child).submit(By.id("core-group"));
        date("heldOn", coreGroup);
        browser.check("childSeen")
                .type(By.id("attendees"), "Mum; Mrs Khan (school); Nurse Patel (health); Sam Social")
                .type(By.id("progress"), "Breakfast club started; mum registered with the GP.")
                .type(By.id("actions"), "Health visitor to weigh Mia fortnightly (Nurse Patel)")
                .submit(By.id("save-core-group"));
        browser.open(assessmentPath);
        browser.type(By.id("parentalCapacity"), "Mum's depression leaves her unable to meet Mia's basic needs most days.")
                .type(By.id("cultureAndIdentity"), "White British; Mia loves Irish dancing with her nan.")
                .type(By.id("riskAndProtectiveFactors"), "Risk: neglect, mum's mental health. Protective: nan, school.")
                .type(By.id("analysis"), "Mia's needs are not met; without a plan she is likely to suffer significant harm.");
        browser.check("factors-16A").check("factors-4B");
        radio("outcome", "STRATEGY_DISCUSSION");
        browser.type(By.id("outcomeReasons"), "Section 47 enquiry and conference held; child protection plan.");
        date("completedOn", assessmentCompleted);
        browser.submit(By.id("submit-assessment"));
        assertThat(browser.find(By.id("status")).getText()).containsIgnoringCase("awaiting authorisation");
        browser.signIn("manager").open(assessmentPath);
        browser.type(By.id("comment"), "The analysis weighs mum's depression against nan's support well.");
        date("authorisedOn", assessmentCompleted.plusDays(1));
        browser.submit(By.id("authorise-assessment"));
        assertThat(browser.find(By.id("status")).getText()).containsIgnoringCase("authorised");
        assertThat(browser.find(By.id("authorised-comment")).getText()).contains("weighs mum's depression");

        // 7. Three months on, the first review's date has passed: the worker's and the manager's lists show it overdue.
        assertThat(firstReviewDue).isBefore(today);
        browser.signIn("social");
        assertThat(dueRowFor(name, "Review child protection conference")).contains("Overdue by");
        browser.signIn("manager").open("/team-work");
        assertThat(dueRowFor(name, "Review child protection conference")).contains("Overdue by").contains("Sam Social");

        // 8. The review conference (held on its due date, recorded today) ends the plan: Mia steps down to child in need.
        browser.signIn("chair").open("/people/" + child).submit(By.id("review-conference"));
        date("heldOn", firstReviewDue);
        browser.type(By.id("startsAt"), "14:30");
        invitee(0, "Mum", "Parent", "Attended");
        invitee(1, "Mrs Khan", "School", "Attended");
        invitee(2, "Nurse Patel", "Health", "Sent apologies");
        invitee(3, "Sam Social", "Social worker", "Attended");
        browser.type(By.id("chair"), "Casey Chair")
                .type(By.id("childViews"), "Mia said: \"There is breakfast every day now.\"");
        radio("decision", "END_PLAN");
        browser.type(By.id("reasons"), "Sustained progress: Mia is no longer likely to suffer significant harm")
                .submit(By.id("save-review"));
        // The review's time, invitees and attendance are on the record, as the initial conference's are.
        String chronology = browser.find(By.id("chronology-entries")).getText();
        assertThat(chronology).contains("Started at: 14:30")
                .contains("Invited: Mum (Parent): attended; Mrs Khan (School): attended; Nurse Patel (Health): sent apologies; "
                        + "Sam Social (Social worker): attended")
                .contains("Attended: Mum (Parent); Mrs Khan (School); Sam Social (Social worker)");
        assertThat(browser.find(By.id("level-of-need")).getText()).isEqualTo("Child in need");
        assertThat(browser.find(By.id("current-plan")).getText()).as("no open plan").isEqualTo("None recorded");
        browser.signIn("social");
        assertThat(dueRowFor(name, "Review child protection conference")).as("the review is done").isNull();

        // 9. The manager closes the case: services ceased, Mia no longer in need.
        browser.signIn("manager").open("/people/" + child).submit(By.id("close-referral-" + referral));
        date("closedOn", today);
        radio("reason", "RC7");
        browser.type(By.id("why"), "CIN plan outcomes met; family told and school will contact us if concerns return.")
                .submit(By.id("close-case"));
        browser.open("/people/" + child).submit(By.id("record-nav-chronology"));
        assertThat(browser.find(By.id("chronology-entries")).getText())
                .contains("Referral").contains("Strategy discussion").contains("Section 47")
                .contains("Initial child protection conference").contains("Core group")
                .contains("Single assessment authorised").contains("Review child protection conference")
                .contains("Stepped down from child protection to child in need").contains("RC7");
        browser.screenshot("child-protection-journey");
        browser.signIn("social");
        assertThat(browser.find(By.tagName("main")).getText()).as("nothing is due for a closed case").doesNotContain(name);
    }

    private long child(String given, String family) {
        var in = new PersonInput(true, given, family, List.of(), clock.today().minusYears(8), null, "2", null, null, null,
                null, null, List.of(), null);
        var created = people.create(in, null, true, users.findByUsername("contact").orElseThrow(), AccessLog.Channel.API);
        return ((PersonService.CreateResult.Created) created).id();
    }

    private void date(String field, LocalDate day) {
        browser.type(By.id(field + "-day"), String.valueOf(day.getDayOfMonth()))
                .type(By.id(field + "-month"), String.valueOf(day.getMonthValue()))
                .type(By.id(field + "-year"), String.valueOf(day.getYear()));
    }

    private void radio(String name, String value) {
        browser.check(browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).getAttribute("id"));
    }

    private void invitee(int row, String name, String agency, String attendance) {
        browser.type(By.id("inviteeName-" + row), name).type(By.id("inviteeAgency-" + row), agency)
                .select(By.id("inviteeAttendance-" + row), attendance);
    }

    private void attendee(int row, String name, String agency) {
        browser.type(By.id("attendeeName-" + row), name);
        browser.find(By.cssSelector("#attendeeAgency-" + row + " option[value='" + agency + "']")).click();
    }

    /** The due-work row for this child and item, or null when the list does not have it. */
    private String dueRowFor(String childName, String what) {
        if (!browser.isPresent(By.id("due-work"))) {
            return null;
        }
        return browser.findAll(By.cssSelector("#due-work tbody tr")).stream().map(r -> r.getText())
                .filter(t -> t.contains(childName) && t.contains(what)).findFirst().orElse(null);
    }
}
