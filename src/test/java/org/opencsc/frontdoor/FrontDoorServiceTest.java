package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.opencsc.frontdoor.FrontDoorFixtures.API;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.person.PersonService;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.opencsc.workforce.AllocationRepository;
import org.opencsc.workforce.WorkerCaseload;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The front door from decision to allocation, through the services on the real database. */
@IntegrationTest
class FrontDoorServiceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A manager agreeing with the decision, with the rationale a sign-off always carries. */
    private static final SignOffInput AGREED = SignOffInput.agreeing("The threshold is met and the checks support it");

    @Autowired
    TestClock clock;
    @Autowired
    ContactService contacts;
    @Autowired
    ReferralService referralService;
    @Autowired
    ContactRepository contactRepository;
    @Autowired
    ReferralRepository referralRepository;
    @Autowired
    AllocationRepository allocations;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    EventLog events;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    FrontDoorFixtures fx;
    String family;
    long amy;
    long ben;
    CurrentUser contactOfficer;
    CurrentUser duty;
    CurrentUser dutyManager;
    CurrentUser teamManager;
    CurrentUser social;
    CurrentUser social2;

    @BeforeEach
    void setUp() {
        fx = new FrontDoorFixtures(personService, users, contacts, contactRepository, jdbc);
        family = FrontDoorFixtures.surname("Door");
        amy = fx.child("Amy", family);
        ben = fx.siblingOf(amy, "Ben", family);
        contactOfficer = fx.user("contact");
        duty = fx.user("duty");
        dutyManager = fx.user("dutymanager");
        teamManager = fx.user("manager");
        social = fx.user("social");
        social2 = fx.user("social2");
    }

    private Instant hoursAgo(int hours) {
        return clock.instant().minus(hours, ChronoUnit.HOURS);
    }

    private long decisions(long contactId) {
        return fx.count("SELECT count(*) FROM contact_decision WHERE contact_id = ?", contactId);
    }

    private long events(long personId, EventType type) {
        return fx.count("SELECT count(*) FROM event e JOIN event_subject s ON s.event_id = e.id WHERE s.person_id = ? AND e.type = ?",
                personId, type.name());
    }

    private static long onlyTeam(CurrentUser worker) {
        assertThat(worker.teamIds()).hasSize(1);
        return worker.teamIds().iterator().next();
    }

    private int caseloadOf(CurrentUser worker) {
        long team = onlyTeam(worker);
        return allocations.caseloads(Set.of(team)).stream().filter(w -> w.workerId() == worker.id())
                .mapToInt(WorkerCaseload::children).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------ decisions

    @Test
    void aDecisionCannotBeRecordedTwice() {
        long id = fx.record(hoursAgo(3), amy);
        contacts.decide(id, 0, DecisionOutcome.NO_FURTHER_ACTION, "Police log only; no concerns for the child", null, null,
                dutyManager, API);
        Contact decided = fx.contact(id);
        assertThat(decided.status()).isEqualTo(Contact.Status.DECIDED);

        var again = catchThrowableOfType(ConflictException.class, () -> contacts.decide(id, decided.version(),
                DecisionOutcome.REFERRAL, "Second thoughts", null, PrimaryNeed.N1, duty, API));
        assertThat(again).hasMessageContaining("already been recorded").hasMessageContaining(dutyManager.displayName());
        assertThat(decisions(id)).isOne();
        assertThat(fx.contact(id).decision().outcome()).isEqualTo(DecisionOutcome.NO_FURTHER_ACTION);
        assertThat(referralRepository.forChild(amy)).isEmpty();

        // Also while the first decision is still waiting for sign-off.
        long other = fx.record(hoursAgo(2), ben);
        contacts.decide(other, 0, DecisionOutcome.INFORMATION_AND_ADVICE, "Advice given to school", null, null, duty, API);
        int version = fx.version(other);
        assertThatThrownBy(() -> contacts.decide(other, version, DecisionOutcome.REFERRAL, "Overrule", null,
                PrimaryNeed.N1, dutyManager, API)).isInstanceOf(ConflictException.class);
        assertThat(decisions(other)).isOne();
    }

    @Test
    void onlyTheDutySocialWorkerAndManagersDecide() {
        long id = fx.record(hoursAgo(3), amy);
        for (String username : List.of("contact", "social", "family", "chair", "auditor", "admin")) {
            assertThatThrownBy(() -> contacts.decide(id, 0, DecisionOutcome.NO_FURTHER_ACTION, "Not my call", null, null,
                    fx.user(username), API)).as(username).isInstanceOf(RecordAccessDeniedException.class);
        }
        assertThat(decisions(id)).isZero();
        assertThat(fx.contact(id).status()).isEqualTo(Contact.Status.AWAITING_DECISION);
        assertThat(fx.version(id)).isZero();

        // A team manager may decide (and signs off their own decision).
        contacts.decide(id, 0, DecisionOutcome.NO_FURTHER_ACTION, "Single incident; school supporting", null, null,
                teamManager, API);
        assertThat(fx.contact(id).decision().signedOffBy()).isEqualTo(teamManager.displayName());
    }

    @Test
    void aDutySocialWorkersReferralWaitsForAManagersSignOffBeforeAnyReferralExists() {
        Instant received = hoursAgo(5);
        long id = fx.record(received, amy, ben);
        contacts.decide(id, 0, DecisionOutcome.REFERRAL, "Second incident in a month; children witnessed violence", null,
                PrimaryNeed.N1, duty, API);

        Contact waiting = fx.contact(id);
        assertThat(waiting.status()).isEqualTo(Contact.Status.AWAITING_SIGN_OFF);
        assertThat(waiting.decision().decidedBy()).isEqualTo(duty.displayName());
        assertThat(waiting.decision().signedOff()).isFalse();
        assertThat(referralRepository.forChild(amy)).isEmpty();
        assertThat(referralRepository.forChild(ben)).isEmpty();

        for (String username : List.of("duty", "contact", "social", "chair")) {
            assertThatThrownBy(() -> contacts.signOff(id, waiting.version(), AGREED, fx.user(username), API))
                    .as(username).isInstanceOf(RecordAccessDeniedException.class);
        }
        assertThat(fx.contact(id).status()).isEqualTo(Contact.Status.AWAITING_SIGN_OFF);
        assertThat(referralRepository.forChild(amy)).isEmpty();

        contacts.signOff(id, waiting.version(), AGREED, dutyManager, API);
        Contact decided = fx.contact(id);
        assertThat(decided.status()).isEqualTo(Contact.Status.DECIDED);
        assertThat(decided.decision().signedOffBy()).isEqualTo(dutyManager.displayName());
        assertThat(decided.decision().signedOffAt()).isNotNull();
        LocalDate receivedOn = received.atZone(LONDON).toLocalDate();
        for (long child : List.of(amy, ben)) {
            assertThat(referralRepository.forChild(child)).singleElement().satisfies(r -> {
                assertThat(r.contactId()).isEqualTo(id);
                assertThat(r.referralDate()).isEqualTo(receivedOn);
                assertThat(r.primaryNeed()).isEqualTo(PrimaryNeed.N1);
                assertThat(r.source()).isEqualTo(ReferralSource.POLICE);
                assertThat(r.reReferral()).isFalse();
                assertThat(r.previousReferralId()).isNull();
                assertThat(r.allocated()).isFalse();
            });
        }

        var twice = catchThrowableOfType(ConflictException.class,
                () -> contacts.signOff(id, decided.version(), AGREED, teamManager, API));
        assertThat(twice).hasMessageContaining("already been signed off");
        assertThat(referralRepository.forChild(amy)).hasSize(1);
    }

    @Test
    void aTeamManagerMaySignOffAndANonReferralCreatesNoReferral() {
        long id = fx.record(hoursAgo(5), amy);
        assertThatThrownBy(() -> contacts.signOff(id, 0, AGREED, teamManager, API))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no decision to sign off");
        contacts.decide(id, 0, DecisionOutcome.EARLY_HELP, "Needs are below threshold; family agree to support", "Family Hub North",
                null, duty, API);
        contacts.signOff(id, fx.version(id), AGREED, teamManager, API);
        Contact c = fx.contact(id);
        assertThat(c.status()).isEqualTo(Contact.Status.DECIDED);
        assertThat(c.decision().earlyHelpService()).isEqualTo("Family Hub North");
        assertThat(c.decision().signedOffBy()).isEqualTo(teamManager.displayName());
        assertThat(referralRepository.forChild(amy)).isEmpty();
    }

    @Test
    void aManagersOwnDecisionIsSignedOffAsItIsMade() {
        long id = fx.record(hoursAgo(2), amy);
        contacts.decide(id, 0, DecisionOutcome.REFERRAL, "Disclosure at school", "ignored for a referral", PrimaryNeed.N1,
                dutyManager, API);
        Contact c = fx.contact(id);
        assertThat(c.status()).isEqualTo(Contact.Status.DECIDED);
        assertThat(c.decision().decidedBy()).isEqualTo(dutyManager.displayName());
        assertThat(c.decision().signedOffBy()).isEqualTo(dutyManager.displayName());
        assertThat(c.decision().signedOffAt()).isEqualTo(c.decision().decidedAt());
        assertThat(c.decision().earlyHelpService()).isNull();
        assertThat(referralRepository.forChild(amy)).hasSize(1);
    }

    @Test
    void aReferralNeedsAPrimaryNeedEarlyHelpAServiceAndEveryDecisionAReason() {
        long id = fx.record(hoursAgo(2), amy);
        var referral = catchThrowableOfType(ValidationException.class, () -> contacts.decide(id, 0,
                DecisionOutcome.REFERRAL, "Threshold met", null, null, dutyManager, API));
        assertThat(referral.problems()).containsExactly(
                new FieldProblem("primaryNeed", "Select the child's primary need (CIN census code)"));

        var earlyHelp = catchThrowableOfType(ValidationException.class, () -> contacts.decide(id, 0,
                DecisionOutcome.EARLY_HELP, "Below threshold", "  ", null, dutyManager, API));
        assertThat(earlyHelp.problems()).containsExactly(
                new FieldProblem("earlyHelpService", "Enter the early help service the family is stepped down to"));

        var nothing = catchThrowableOfType(ValidationException.class, () -> contacts.decide(id, 0,
                null, " ", null, null, duty, API));
        assertThat(nothing.problems()).containsExactly(
                new FieldProblem("outcome", "Select the decision"),
                new FieldProblem("reason", "Enter why you made this decision"));

        assertThat(decisions(id)).isZero();
        assertThat(fx.contact(id).status()).isEqualTo(Contact.Status.AWAITING_DECISION);
        assertThat(fx.version(id)).isZero();
        assertThat(events(amy, EventType.CONTACT_DECISION)).isZero();
    }

    // ------------------------------------------------------------------ optimistic locking

    @Test
    void staleVersionsAreRefusedAndNothingIsWritten() {
        long id = fx.record(hoursAgo(4), amy, ben);
        contacts.addCheck(id, 0, Agency.POLICE, "Two previous call-outs this year", duty, API);
        assertThat(fx.version(id)).isOne();

        // A second worker still has version 0 on screen.
        assertThatThrownBy(() -> contacts.addCheck(id, 0, Agency.HEALTH, "Not known to health", contactOfficer, API))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed by someone else");
        assertThat(fx.contact(id).checks()).hasSize(1);
        assertThat(events(amy, EventType.AGENCY_CHECK)).isOne();

        assertThatThrownBy(() -> contacts.decide(id, 0, DecisionOutcome.REFERRAL, "Stale screen", null, PrimaryNeed.N1,
                duty, API)).isInstanceOf(ConflictException.class);
        assertThat(decisions(id)).isZero();
        assertThat(fx.contact(id).status()).isEqualTo(Contact.Status.AWAITING_DECISION);
        assertThat(events(amy, EventType.CONTACT_DECISION)).isZero();

        contacts.decide(id, 1, DecisionOutcome.REFERRAL, "Threshold met", null, PrimaryNeed.N1, duty, API);
        assertThat(fx.version(id)).isEqualTo(2);
        assertThatThrownBy(() -> contacts.signOff(id, 1, AGREED, dutyManager, API)).isInstanceOf(ConflictException.class);
        assertThat(fx.contact(id).decision().signedOff()).isFalse();
        assertThat(fx.contact(id).status()).isEqualTo(Contact.Status.AWAITING_SIGN_OFF);
        assertThat(referralRepository.forChild(amy)).isEmpty();
        assertThat(events(amy, EventType.CONTACT_DECISION)).isOne();

        contacts.signOff(id, 2, AGREED, dutyManager, API);
        Referral amys = referralRepository.forChild(amy).getFirst();
        long team = onlyTeam(social);
        assertThatThrownBy(() -> referralService.allocate(amys.id(), amys.version() + 1, social.id(), team, teamManager, API))
                .isInstanceOf(ConflictException.class);
        assertThat(referralRepository.find(amys.id()).orElseThrow().allocated()).isFalse();
        assertThat(referralRepository.forChild(ben).getFirst().allocated()).isFalse();
        assertThat(allocations.current(amy)).isEmpty();
        assertThat(allocations.current(ben)).isEmpty();
        assertThat(events(amy, EventType.ALLOCATED)).isZero();
    }

    // ------------------------------------------------------------------ referrals

    @Test
    void aReferralCannotExistWithoutAContact() {
        long missing = fx.count("SELECT coalesce(max(id), 0) + 1000 FROM contact");
        var refused = catchThrowableOfType(DataIntegrityViolationException.class, () -> jdbc.sql("""
                        INSERT INTO referral (contact_id, person_id, referral_date, source_code, primary_need_code, re_referral)
                        VALUES (?, ?, current_date, '6', 'N1', false)
                        """).params(missing, amy).update());
        assertThat(refused).isNotNull();
        assertThat(refused.getMostSpecificCause()).isInstanceOf(SQLException.class);
        assertThat(((SQLException) refused.getMostSpecificCause()).getSQLState()).isEqualTo("23503"); // foreign_key_violation
        assertThat(refused.getMostSpecificCause().getMessage()).contains("contact");
        assertThat(referralRepository.forChild(amy)).isEmpty();
    }

    @Test
    void aChildReferredFiveMonthsBeforeIsReReferred() {
        Instant fiveMonthsAgo = ZonedDateTime.now(clock).minusMonths(5).toInstant();
        long first = fx.referredBy(fiveMonthsAgo, PrimaryNeed.N4, amy);
        Referral earlier = referralRepository.forChild(amy).getFirst();
        assertThat(earlier.contactId()).isEqualTo(first);
        assertThat(earlier.referralDate()).isEqualTo(fiveMonthsAgo.atZone(LONDON).toLocalDate());
        assertThat(earlier.reReferral()).isFalse();
        fx.closeOpenReferral(amy);

        // Now a contact about both: Amy was referred 5 months ago (since closed), Ben never was.
        long second = fx.referredBy(hoursAgo(1), PrimaryNeed.N1, amy, ben);
        Referral amyNow = referralRepository.forChild(amy).stream().filter(r -> r.contactId() == second).findFirst().orElseThrow();
        assertThat(amyNow.reReferral()).isTrue();
        assertThat(amyNow.previousReferralId()).isEqualTo(earlier.id());
        assertThat(amyNow.previousReferralDate()).isEqualTo(earlier.referralDate());
        assertThat(fx.count("SELECT count(*) FROM referral WHERE id = ? AND re_referral AND previous_referral_id = ?",
                amyNow.id(), earlier.id())).isOne();

        Referral benNow = referralRepository.forChild(ben).getFirst();
        assertThat(benNow.reReferral()).isFalse();
        assertThat(benNow.previousReferralId()).isNull();

        assertThat(events.chronology(List.of(amy), ChronologyFilter.latest(50)))
                .filteredOn(e -> e.type() == EventType.REFERRAL && e.summary().contains("Referral " + amyNow.id()))
                .singleElement().satisfies(e -> assertThat(e.summary())
                        .contains("re-referral: previously referred on " + org.opencsc.platform.web.Dates.govuk(earlier.referralDate())));
    }

    @Test
    void aChildReferredThirteenMonthsBeforeIsNotReReferred() {
        Instant thirteenMonthsAgo = ZonedDateTime.now(clock).minusMonths(13).toInstant();
        fx.referredBy(thirteenMonthsAgo, PrimaryNeed.N5, amy);
        fx.closeOpenReferral(amy);
        long second = fx.referredBy(hoursAgo(1), PrimaryNeed.N1, amy);
        Referral now = referralRepository.forChild(amy).stream().filter(r -> r.contactId() == second).findFirst().orElseThrow();
        assertThat(referralRepository.forChild(amy)).hasSize(2);
        assertThat(now.reReferral()).isFalse();
        assertThat(now.previousReferralId()).isNull();
    }

    // ------------------------------------------------------------------ allocation

    /** The referrals listed in full (a restricted one from another test is a line without an id). */
    private static List<Long> referralIds(List<ReferralQueueLine> lines) {
        return lines.stream().filter(Referral.class::isInstance).map(l -> ((Referral) l).id()).toList();
    }

    @Test
    void allocatingOneSiblingAllocatesTheOtherToTheSameWorker() {
        long id = fx.referredBy(hoursAgo(3), PrimaryNeed.N1, amy, ben);
        Referral amys = referralRepository.forChild(amy).getFirst();
        Referral bens = referralRepository.forChild(ben).getFirst();
        assertThat(referralIds(referralService.awaitingAllocation(teamManager, 1000))).contains(amys.id(), bens.id());
        long team = onlyTeam(social);
        int before = caseloadOf(social);

        referralService.allocate(amys.id(), amys.version(), social.id(), team, teamManager, API);

        for (long child : List.of(amy, ben)) {
            Referral r = referralRepository.forChild(child).getFirst();
            assertThat(r.contactId()).isEqualTo(id);
            assertThat(r.workerId()).isEqualTo(social.id());
            assertThat(r.teamId()).isEqualTo(team);
            assertThat(r.workerName()).isEqualTo(social.displayName());
            assertThat(r.allocatedAt()).isNotNull();
            assertThat(fx.count("SELECT count(*) FROM referral WHERE id = ? AND allocated_by = ?", r.id(),
                    teamManager.displayName())).isOne();
            assertThat(allocations.current(child)).hasValueSatisfying(a -> {
                assertThat(a.workerId()).isEqualTo(social.id());
                assertThat(a.teamId()).isEqualTo(team);
                assertThat(a.since()).isEqualTo(clock.today());
            });
            assertThat(fx.count("SELECT count(*) FROM allocation WHERE person_id = ? AND end_date IS NULL", child)).isOne();
        }
        assertThat(caseloadOf(social)).isEqualTo(before + 2);
        assertThat(referralIds(referralService.awaitingAllocation(teamManager, 1000)))
                .doesNotContain(amys.id(), bens.id());

        Referral done = referralRepository.forChild(ben).getFirst();
        assertThatThrownBy(() -> referralService.allocate(done.id(), done.version(), social.id(), team, teamManager, API))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already allocated");
    }

    @Test
    void allocationIsOnlyToAWorkerInTheTeamAndInTheManagersServiceArea() {
        fx.referredBy(hoursAgo(3), PrimaryNeed.N1, amy, ben);
        Referral amys = referralRepository.forChild(amy).getFirst();
        long north = onlyTeam(social);
        long south = onlyTeam(social2);

        var outsideArea = catchThrowableOfType(ValidationException.class,
                () -> referralService.allocate(amys.id(), amys.version(), social2.id(), south, teamManager, API));
        assertThat(outsideArea.problems()).containsExactly(
                new FieldProblem("worker", "You can allocate only to teams in your service area"));

        var notInTeam = catchThrowableOfType(ValidationException.class,
                () -> referralService.allocate(amys.id(), amys.version(), social.id(), south, teamManager, API));
        assertThat(notInTeam.problems()).containsExactly(new FieldProblem("worker", "Choose a social worker or family support worker in that team"));

        var noWorker = catchThrowableOfType(ValidationException.class,
                () -> referralService.allocate(amys.id(), amys.version(), null, north, teamManager, API));
        assertThat(noWorker.problems()).containsExactly(new FieldProblem("worker", "Select the worker to allocate to"));

        for (String username : List.of("duty", "contact", "social", "chair")) {
            assertThatThrownBy(() -> referralService.allocate(amys.id(), amys.version(), social.id(), north,
                    fx.user(username), API)).as(username).isInstanceOf(RecordAccessDeniedException.class);
        }

        assertThat(referralRepository.forChild(amy).getFirst().allocated()).isFalse();
        assertThat(referralRepository.forChild(ben).getFirst().allocated()).isFalse();
        assertThat(allocations.current(amy)).isEmpty();
        assertThat(allocations.current(ben)).isEmpty();

        // The duty manager allocates, like a team manager.
        long assessmentTeam = fx.count("SELECT id FROM team WHERE name = 'Assessment team'");
        long assessor = fx.count("""
                SELECT u.id FROM app_user u JOIN team_member m ON m.user_id = u.id
                WHERE m.team_id = ? AND u.role = 'SOCIAL_WORKER' AND u.active ORDER BY u.id LIMIT 1
                """, assessmentTeam);
        referralService.allocate(amys.id(), amys.version(), assessor, assessmentTeam, dutyManager, API);
        assertThat(allocations.current(amy).orElseThrow().workerId()).isEqualTo(assessor);
        assertThat(allocations.current(ben).orElseThrow().teamId()).isEqualTo(assessmentTeam);
    }

    // ------------------------------------------------------------------ chronology

    @Test
    void everyStepIsOnEachChildsChronologyWithWhoAndWhy() {
        long id = fx.record(hoursAgo(6), amy, ben);
        contacts.addCheck(id, 0, Agency.EDUCATION, "School report bruising seen twice this term", duty, API);
        contacts.decide(id, 1, DecisionOutcome.REFERRAL, "Pattern of injuries with no explanation", null, PrimaryNeed.N1,
                duty, API);
        contacts.signOff(id, 2, AGREED, dutyManager, API);
        Referral amys = referralRepository.forChild(amy).getFirst();
        Referral bens = referralRepository.forChild(ben).getFirst();
        referralService.allocate(bens.id(), bens.version(), social.id(), onlyTeam(social), teamManager, API);

        for (long child : List.of(amy, ben)) {
            Referral own = child == amy ? amys : bens;
            List<ChronologyEntry> entries = events.chronology(List.of(child), ChronologyFilter.latest(100));
            assertThat(entries).filteredOn(e -> e.type() == EventType.CONTACT_RECEIVED).singleElement().satisfies(e -> {
                assertThat(e.recordedBy()).isEqualTo(contactOfficer.displayName());
                assertThat(e.summary()).contains("Police").contains("decision due " + org.opencsc.platform.web.Dates.govuk(fx.contact(id).decisionDueOn()));
                assertThat(e.detail()).contains("domestic incident").contains("increased risk of significant harm");
                assertThat(e.subjectIds()).containsExactlyInAnyOrder(amy, ben);
            });
            assertThat(entries).filteredOn(e -> e.type() == EventType.AGENCY_CHECK).singleElement().satisfies(e -> {
                assertThat(e.recordedBy()).isEqualTo(duty.displayName());
                assertThat(e.summary()).contains("Education");
                assertThat(e.detail()).isEqualTo("School report bruising seen twice this term");
            });
            assertThat(entries).filteredOn(e -> e.type() == EventType.CONTACT_DECISION).hasSize(2)
                    .anySatisfy(e -> {
                        assertThat(e.recordedBy()).isEqualTo(duty.displayName());
                        assertThat(e.summary()).contains("Referral to children's social care").contains("awaiting a manager's sign-off");
                        assertThat(e.detail()).isEqualTo("Pattern of injuries with no explanation");
                    })
                    .anySatisfy(e -> {
                        assertThat(e.recordedBy()).isEqualTo(dutyManager.displayName());
                        assertThat(e.summary()).contains("signed off");
                    });
            assertThat(entries).filteredOn(e -> e.type() == EventType.REFERRAL).singleElement().satisfies(e -> {
                assertThat(e.recordedBy()).isEqualTo(dutyManager.displayName());
                assertThat(e.summary()).contains("Referral " + own.id());
                assertThat(e.detail()).contains("N1").contains("Abuse or neglect");
                assertThat(e.subjectIds()).containsExactly(child);
            });
            assertThat(entries).filteredOn(e -> e.type() == EventType.ALLOCATED).singleElement().satisfies(e -> {
                assertThat(e.recordedBy()).isEqualTo(teamManager.displayName());
                assertThat(e.summary()).contains(social.displayName());
                assertThat(e.subjectIds()).containsExactlyInAnyOrder(amy, ben);
            });
        }

        // The same through the API a worker would use.
        for (long child : List.of(amy, ben)) {
            Api.Response r = new Api(port, "dutymanager").get("/api/v1/children/" + child + "/chronology");
            assertThat(r.status()).isEqualTo(200);
            List<String> types = r.json().valueStream().map(e -> e.get("type").asString()).toList();
            assertThat(types).contains("CONTACT_RECEIVED", "AGENCY_CHECK", "CONTACT_DECISION", "REFERRAL", "ALLOCATED");
            for (JsonNode e : r.json()) {
                if (!e.get("type").asString().equals("PERSON_CREATED") && !e.get("type").asString().equals("FAMILY_MEMBER_LINKED")) {
                    assertThat(e.get("recordedBy").asString()).as(e.toString()).isNotBlank();
                    assertThat(e.get("summary").asString()).as(e.toString()).isNotBlank();
                }
            }
        }
    }
}
