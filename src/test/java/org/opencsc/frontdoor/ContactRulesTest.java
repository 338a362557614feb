package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.opencsc.frontdoor.FrontDoorFixtures.API;
import static org.opencsc.frontdoor.FrontDoorFixtures.validContact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.person.PersonService;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.UserRepository;
import org.opencsc.support.AtAwkwardTimes;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recording a contact: when the decision is due, and every check on what was typed. */
@IntegrationTest
class ContactRulesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    TestClock clock;
    @Autowired
    ContactService contacts;
    @Autowired
    ContactRepository contactRepository;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    FrontDoorFixtures fx;
    long child;
    String family;

    @BeforeEach
    void setUp() {
        fx = new FrontDoorFixtures(personService, users, contacts, contactRepository, jdbc);
        family = FrontDoorFixtures.surname("Rules");
        child = fx.child("Ava", family);
    }

    private static Instant london(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(LONDON).toInstant();
    }

    // ------------------------------------------------------------------ due dates

    @Test
    void aContactOnTheFridayBeforeTheCoronationBankHolidayIsDueOnTuesday() {
        long id = fx.record(london(2023, 5, 5, 10, 0), child);
        assertThat(fx.contact(id).decisionDueOn()).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(fx.contact(id).status()).isEqualTo(Contact.Status.AWAITING_DECISION);
    }

    @Test
    void anImmediateOrSameDayContactIsDueTheDayItCameIn() {
        for (Urgency urgency : new Urgency[] {Urgency.IMMEDIATE, Urgency.SAME_DAY}) {
            ContactInput in = with(c -> copy(c, london(2023, 5, 5, 10, 0), c.source(), c.reported(), urgency,
                    c.consent(), c.consentScope(), c.sharingReason(), false, null, c.childIds()));
            long id = contacts.record(in, fx.user("contact"), API);
            assertThat(fx.contact(id).decisionDueOn()).isEqualTo(LocalDate.of(2023, 5, 5));
        }
    }

    @Test
    void aContactOnChristmasEveIsDueAfterChristmasBoxingDayAndTheWeekend() {
        // Thu 24 Dec 2026 (due Tue 29 Dec) is still in the future on the day these tests were written (the
        // rules and the table's CHECK both refuse it), and WorkingDayCalendarTest covers that date. Here the
        // same holiday through the service: Wed 24 Dec 2025; Thu 25, Fri 26 holidays; weekend; due Mon 29 Dec.
        long id = fx.record(london(2025, 12, 24, 16, 30), child);
        assertThat(fx.contact(id).decisionDueOn()).isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    void theDueDateCountsFromTheDayInLondonNotInUtc() {
        // 00:30 on Friday 5 May 2023 in London is still Thursday 4 May in UTC: a UTC date would make it due Friday.
        Instant justAfterMidnight = london(2023, 5, 5, 0, 30);
        assertThat(justAfterMidnight.atZone(ZoneId.of("UTC")).toLocalDate()).isEqualTo(LocalDate.of(2023, 5, 4));
        long id = fx.record(justAfterMidnight, child);
        assertThat(fx.contact(id).decisionDueOn()).isEqualTo(LocalDate.of(2023, 5, 9));
    }

    @Test
    void aContactReceivedAtTheWeekendIsDueOnTheNextWorkingDay() {
        // Sat 1 Mar 2025 -> Mon 3 Mar 2025 (no holidays near).
        long id = fx.record(london(2025, 3, 1, 23, 5), child);
        assertThat(fx.contact(id).decisionDueOn()).isEqualTo(LocalDate.of(2025, 3, 3));
    }

    /** Today is London's today: just after midnight in summer, UTC still says yesterday. */
    @AtAwkwardTimes
    void aContactReceivedNowIsDueOneWorkingDayAfterToday(ZonedDateTime at) {
        clock.set(at);
        long id = fx.record(clock.instant(), child);
        assertThat(fx.contact(id).decisionDueOn()).isEqualTo(calendar.addWorkingDays(at.toLocalDate(), 1));
        assertThat(fx.contact(id).receivedAt()).isBeforeOrEqualTo(clock.instant());
    }

    // ------------------------------------------------------------------ validation

    private Map<String, String> problemsFor(ContactInput in) {
        var e = catchThrowableOfType(ValidationException.class, () -> contacts.record(in, fx.user("contact"), API));
        assertThat(e).as("a ValidationException").isNotNull();
        return e.problems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::message));
    }

    private ContactInput valid() {
        return validContact(clock.instant().minus(2, ChronoUnit.HOURS), List.of(child));
    }

    private ContactInput with(UnaryOperator<ContactInput> change) {
        return change.apply(valid());
    }

    private static ContactInput copy(ContactInput c, Instant received, ReferralSource source, String reported,
                                     Urgency urgency, Consent consent, String scope, String reason, boolean ooh,
                                     String handover, List<Long> children) {
        return new ContactInput(received, source, c.contactorName(), c.contactorAgency(), c.contactorDetails(), reported,
                urgency, consent, scope, reason, ooh, handover, children);
    }

    private long contactsAbout(long personId) {
        return fx.count("SELECT count(*) FROM contact_child WHERE person_id = ?", personId);
    }

    @Test
    void aContactMustBeAboutAtLeastOneChild() {
        ContactInput none = with(c -> copy(c, c.receivedAt(), c.source(), c.reported(), c.urgency(), c.consent(),
                c.consentScope(), c.sharingReason(), false, null, List.of()));
        assertThat(problemsFor(none)).containsEntry("childIds", "Select at least one child this contact is about");
        ContactInput nullList = with(c -> copy(c, c.receivedAt(), c.source(), c.reported(), c.urgency(), c.consent(),
                c.consentScope(), c.sharingReason(), false, null, null));
        assertThat(problemsFor(nullList)).containsEntry("childIds", "Select at least one child this contact is about");
    }

    @Test
    void anAdultCannotBeTheSubjectOfAContact() {
        long mum = fx.adult("Gail", family);
        ContactInput aboutMum = with(c -> copy(c, c.receivedAt(), c.source(), c.reported(), c.urgency(), c.consent(),
                c.consentScope(), c.sharingReason(), false, null, List.of(child, mum)));
        assertThat(problemsFor(aboutMum)).containsEntry("childIds", "Gail " + family + " is an adult: a contact is about children");
        assertThat(contactsAbout(child)).isZero();
        assertThat(contactsAbout(mum)).isZero();
    }

    @Test
    void anUnknownPersonIsNamed() {
        ContactInput unknown = with(c -> copy(c, c.receivedAt(), c.source(), c.reported(), c.urgency(), c.consent(),
                c.consentScope(), c.sharingReason(), false, null, List.of(child, -5L)));
        assertThat(problemsFor(unknown)).containsEntry("childIds", "There is no person with ID -5");
    }

    @Test
    void aContactCannotBeReceivedInTheFutureOrAtNoTime() {
        ContactInput future = with(c -> copy(c, clock.instant().plus(1, ChronoUnit.HOURS), c.source(), c.reported(),
                c.urgency(), c.consent(), c.consentScope(), c.sharingReason(), false, null, c.childIds()));
        assertThat(problemsFor(future)).containsEntry("received", "When the contact was received must be now or in the past");
        ContactInput never = with(c -> copy(c, null, c.source(), c.reported(), c.urgency(), c.consent(),
                c.consentScope(), c.sharingReason(), false, null, c.childIds()));
        assertThat(problemsFor(never)).containsEntry("received", "Enter when the contact was received");
        ContactInput mistypedYear = with(c -> copy(c, london(1925, 11, 1, 9, 0), c.source(), c.reported(), c.urgency(),
                c.consent(), c.consentScope(), c.sharingReason(), false, null, c.childIds()));
        assertThat(problemsFor(mistypedYear)).containsEntry("received", "When the contact was received must be within the last 100 years");
        assertThat(contactsAbout(child)).isZero();
    }

    @Test
    void sourceUrgencyConsentAndWhatWasReportedAreRequired() {
        ContactInput bare = with(c -> copy(c, c.receivedAt(), null, "  ", null, null, null, null, false, null, c.childIds()));
        assertThat(problemsFor(bare)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "source", "Select who the contact came from",
                "reported", "Enter what was reported",
                "urgency", "Select how urgent this is",
                "consent", "Select whether the family consented to information being shared"));
        assertThat(contactsAbout(child)).isZero();
    }

    @Test
    void consentGivenNeedsItsScope() {
        ContactInput given = with(c -> copy(c, c.receivedAt(), c.source(), c.reported(), c.urgency(), Consent.GIVEN,
                " ", null, false, null, c.childIds()));
        assertThat(problemsFor(given)).containsOnly(
                Map.entry("consentScope", "Enter what the family agreed may be shared, and with whom"));

        ContactInput withScope = with(c -> copy(c, c.receivedAt(), c.source(), c.reported(), c.urgency(), Consent.GIVEN,
                "Mum agreed: school and GP may be asked", null, false, null, c.childIds()));
        long id = contacts.record(withScope, fx.user("contact"), API);
        assertThat(fx.contact(id).consentScope()).isEqualTo("Mum agreed: school and GP may be asked");
        assertThat(fx.contact(id).sharingReason()).isNull();
    }

    @Test
    void sharingWithoutConsentNeedsTheLawfulReason() {
        for (Consent notGiven : List.of(Consent.NOT_SOUGHT, Consent.REFUSED)) {
            ContactInput in = with(c -> copy(c, c.receivedAt(), c.source(), c.reported(), c.urgency(), notGiven,
                    "Scope is not a reason", null, false, null, c.childIds()));
            assertThat(problemsFor(in)).as(notGiven.name()).containsOnly(
                    Map.entry("sharingReason", "Enter the lawful reason for sharing information without consent"));
        }
        assertThat(contactsAbout(child)).isZero();
    }

    @Test
    void anOutOfHoursContactNeedsAHandoverNote() {
        ContactInput ooh = with(c -> copy(c, c.receivedAt(), c.source(), c.reported(), c.urgency(), c.consent(),
                c.consentScope(), c.sharingReason(), true, "", c.childIds()));
        assertThat(problemsFor(ooh)).containsOnly(Map.entry("handoverNote", "Enter a handover note for the day team"));

        ContactInput withNote = with(c -> copy(c, c.receivedAt(), c.source(), c.reported(), c.urgency(), c.consent(),
                c.consentScope(), c.sharingReason(), true, "EDT visited at 02:00; children safe with grandmother", c.childIds()));
        long id = contacts.record(withNote, fx.user("contact"), API);
        assertThat(fx.contact(id).outOfHours()).isTrue();
        assertThat(fx.contact(id).handoverNote()).isEqualTo("EDT visited at 02:00; children safe with grandmother");
    }

    @Test
    void overlongTextIsRefused() {
        String tooLong = "x".repeat(ContactRules.MAX_TEXT + 1);
        ContactInput in = with(c -> copy(c, c.receivedAt(), c.source(), tooLong, c.urgency(), c.consent(),
                c.consentScope(), c.sharingReason(), false, null, c.childIds()));
        assertThat(problemsFor(in)).containsEntry("reported", "What was reported must be 20000 characters or fewer");
    }

    @Test
    void aRoleThatDoesNotRecordOnCasesCannotRecordAContact() {
        assertThatThrownBy(() -> contacts.record(valid(), fx.user("auditor"), API))
                .isInstanceOf(RecordAccessDeniedException.class);
        assertThatThrownBy(() -> contacts.record(valid(), fx.user("admin"), API))
                .isInstanceOf(RecordAccessDeniedException.class);
        assertThat(contactsAbout(child)).isZero();
    }
}
