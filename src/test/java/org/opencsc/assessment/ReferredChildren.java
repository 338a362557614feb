package org.opencsc.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencsc.frontdoor.Consent;
import org.opencsc.frontdoor.ContactInput;
import org.opencsc.frontdoor.ContactService;
import org.opencsc.frontdoor.DecisionOutcome;
import org.opencsc.frontdoor.PrimaryNeed;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.frontdoor.ReferralSource;
import org.opencsc.frontdoor.Urgency;
import org.opencsc.person.PersonService;
import org.opencsc.person.RecordRestriction;
import org.opencsc.person.RelationshipType;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Children referred through the real front door services, for the assessment tests: a plain
 * referred-and-allocated child (ProtectionJourney), or one with a previous referral and a sibling,
 * so the pre-filled history has something to find.
 */
@Component
public class ReferredChildren {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final AccessLog.Channel API = AccessLog.Channel.API;

    private final ProtectionJourney journey;
    private final ContactService contacts;
    private final ReferralService referrals;
    private final Fixtures fixtures;
    private final JdbcClient jdbc;
    private final RecordRestriction restriction;

    ReferredChildren(ProtectionJourney journey, ContactService contacts, ReferralService referrals, PersonService people,
                     UserRepository users, JdbcClient jdbc, RecordRestriction restriction) {
        this.restriction = restriction;
        this.journey = journey;
        this.contacts = contacts;
        this.referrals = referrals;
        this.fixtures = new Fixtures(people, users, jdbc);
        this.jdbc = jdbc;
    }

    record Family(long child, long sibling, String siblingName, long previousReferral, long referral) {
    }

    CurrentUser user(String username) {
        return journey.user(username);
    }

    /** Referred on {@code received} and allocated to Sam Social in Safeguarding team North. */
    ProtectionJourney.Referred referred(LocalDate received) {
        return journey.referredAndAllocated(received);
    }

    /** A child referred on {@code first} (not allocated, closed a week later) and again on {@code second} (allocated to Sam Social), with a younger sister. */
    Family withHistory(LocalDate first, LocalDate second) {
        String surname = Fixtures.uniqueSurname("Assess");
        long child = fixtures.child("Mia", surname, LocalDate.of(2015, 6, 1));
        long sibling = fixtures.child("Lily", surname, LocalDate.of(2019, 2, 14));
        fixtures.link(sibling, child, RelationshipType.SIBLING);
        long previous = referral(child, first);
        // Closed a week later (RC8): a child is referred again only once the earlier referral has closed.
        jdbc.sql("UPDATE referral SET closure_date = referral_date + 7, closure_reason = 'RC8' WHERE id = ?").params(previous).update();
        long referral = referral(child, second);
        long north = jdbc.sql("SELECT id FROM team WHERE name = 'Safeguarding team North'").query(Long.class).single();
        referrals.allocate(referral, referrals.find(referral).version(), user("social").id(), north, user("manager"), API);
        return new Family(child, sibling, "Lily " + surname, previous, referral);
    }

    public record Siblings(long older, String olderName, long olderReferral, long younger, String youngerName, long youngerReferral,
                    long mother, String surname) {
    }

    /** A brother and sister, each referred on {@code received} and allocated to Sam Social, with their mother. */
    public Siblings siblingsReferred(LocalDate received) {
        String surname = Fixtures.uniqueSurname("Group");
        long older = fixtures.child("Noah", surname, LocalDate.of(2014, 4, 2));
        long younger = fixtures.child("Ella", surname, LocalDate.of(2018, 9, 20));
        long mother = fixtures.adult("Jade", surname, LocalDate.of(1990, 1, 5));
        fixtures.link(younger, older, RelationshipType.SIBLING);
        fixtures.link(mother, older, RelationshipType.PARENT);
        fixtures.link(mother, younger, RelationshipType.PARENT);
        long olderReferral = referral(older, received);
        long youngerReferral = referral(younger, received);
        long north = jdbc.sql("SELECT id FROM team WHERE name = 'Safeguarding team North'").query(Long.class).single();
        for (long ref : List.of(olderReferral, youngerReferral)) {
            referrals.allocate(ref, referrals.find(ref).version(), user("social").id(), north, user("manager"), API);
        }
        return new Siblings(older, "Noah " + surname, olderReferral, younger, "Ella " + surname, youngerReferral, mother, surname);
    }

    /** A half-brother of {@code child}, referred on {@code referred}, held by North, restricted by its manager naming Sam Social. */
    long restrictedHalfBrother(long child, String surname, LocalDate referred) {
        long brother = fixtures.child("Zac", surname, LocalDate.of(2016, 3, 3));
        fixtures.link(brother, child, RelationshipType.HALF_SIBLING);
        referral(brother, referred);
        fixtures.allocate(brother, "Safeguarding team North");
        // Sam Social is named, so the history leaving him out is the rule for a shared text, not his lack of access;
        // the duty manager too, so the suite's shared team lists hold no row its managers may not open.
        restriction.restrict(brother, List.of("social", "dutymanager"), "Child of a member of staff", user("manager"));
        return brother;
    }

    /** A referral of {@code child} received on {@code on}, decided at the front door (not allocated). */
    long referralOf(long child, LocalDate on) {
        return referral(child, on);
    }

    private long referral(long child, LocalDate on) {
        Instant at = on.atTime(10, 0).atZone(LONDON).toInstant();
        long contactId = contacts.record(new ContactInput(at, ReferralSource.HEALTH_GP, "Nurse Patel", "GP surgery", null,
                "Missed health appointments and poor hygiene.", Urgency.STANDARD, Consent.GIVEN, "All agencies", null,
                false, null, List.of(child)), user("contact"), API);
        int version = jdbc.sql("SELECT version FROM contact WHERE id = ?").params(contactId).query(Integer.class).single();
        contacts.decide(contactId, version, DecisionOutcome.REFERRAL, "Threshold met for assessment", null, PrimaryNeed.N1,
                user("dutymanager"), API);
        return jdbc.sql("SELECT id FROM referral WHERE contact_id = ?").params(contactId).query(Long.class).single();
    }

    /** A draft with every section written, neglect identified and a child in need plan. */
    static AssessmentDraft complete(int version) {
        Map<AssessmentSection, String> sections = new EnumMap<>(AssessmentSection.class);
        for (AssessmentSection s : AssessmentSection.values()) {
            sections.put(s, "Written: " + s.label());
        }
        return new AssessmentDraft(sections, Set.of(AssessmentFactor.NEGLECT, AssessmentFactor.DOMESTIC_ABUSE_PARENT),
                AssessmentOutcome.CHILD_IN_NEED, "Needs support with routines", version);
    }
}
