package org.opencsc.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opencsc.person.PersonInput;
import org.opencsc.person.PersonService;
import org.opencsc.person.RelationshipType;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People, users and contacts for the front door tests. The database is shared with every other
 * integration test class, so each test makes its own children with a unique surname and reads
 * back only what it made. Not a Spring bean on purpose: test classes build it from their beans.
 */
final class FrontDoorFixtures {

    static final AccessLog.Channel API = AccessLog.Channel.API;

    private final PersonService people;
    private final UserRepository users;
    private final ContactService contacts;
    private final ContactRepository contactRepository;
    private final JdbcClient jdbc;

    FrontDoorFixtures(PersonService people, UserRepository users, ContactService contacts,
                      ContactRepository contactRepository, JdbcClient jdbc) {
        this.people = people;
        this.users = users;
        this.contacts = contacts;
        this.contactRepository = contactRepository;
        this.jdbc = jdbc;
    }

    static String surname(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    CurrentUser user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    long child(String given, String family) {
        return person(true, given, family, LocalDate.now(LondonTime.ZONE).minusYears(7), null);
    }

    long siblingOf(long childId, String given, String family) {
        return person(true, given, family, LocalDate.now(LondonTime.ZONE).minusYears(4),
                new PersonService.RelateTo(childId, RelationshipType.SIBLING, false));
    }

    long adult(String given, String family) {
        return person(false, given, family, LocalDate.now(LondonTime.ZONE).minusYears(35), null);
    }

    private long person(boolean child, String given, String family, LocalDate dob, PersonService.RelateTo relate) {
        var in = new PersonInput(child, given, family, List.of(), dob, null, "0", null, null, null, null, null, List.of(), null);
        var created = people.create(in, relate, true, user("contact"), API);
        return ((PersonService.CreateResult.Created) created).id();
    }

    /** A valid contact from the police, shared without consent, received at {@code received}. */
    static ContactInput validContact(Instant received, List<Long> children) {
        return new ContactInput(received, ReferralSource.POLICE, "PC Lowe", "Merseyside Police", "0151 000 0000",
                "Police attended a domestic incident at the home overnight; the children were present.",
                Urgency.STANDARD, Consent.NOT_SOUGHT, null,
                "Seeking consent could place the children at increased risk of significant harm", false, null, children);
    }

    long record(Instant received, Long... children) {
        return contacts.record(validContact(received, List.of(children)), user("contact"), API);
    }

    Contact contact(long id) {
        return contactRepository.find(id).orElseThrow();
    }

    int version(long contactId) {
        return contact(contactId).version();
    }

    /** Records a contact and has the duty manager decide it is a referral (signed off at once). */
    long referredBy(Instant received, PrimaryNeed need, Long... children) {
        long id = record(received, children);
        contacts.decide(id, version(id), DecisionOutcome.REFERRAL, "Threshold met: repeated incidents", null, need,
                user("dutymanager"), API);
        return id;
    }

    /**
     * Gives the child an open case: a contact received {@code received}, decided a referral by the
     * duty manager and allocated by the North team manager to {@code worker}. Returns the referral.
     */
    long openCase(Instant received, ReferralService referrals, String worker, long child) {
        long contact = referredBy(received, PrimaryNeed.N1, child);
        Referral referral = referrals.forChild(child).stream().filter(r -> r.contactId() == contact).findFirst().orElseThrow();
        CurrentUser holder = user(worker);
        long team = jdbc.sql("SELECT team_id FROM team_member WHERE user_id = ? ORDER BY team_id LIMIT 1").params(holder.id())
                .query(Long.class).single();
        referrals.allocate(referral.id(), referral.version(), holder.id(), team, user("manager"), API);
        return referral.id();
    }

    /**
     * Closes the child's open referral a week after it was made (RC8, case closed after
     * assessment), as an episode closure would: a child is referred again only once it has closed.
     */
    void closeOpenReferral(long child) {
        jdbc.sql("""
                        UPDATE referral SET closure_date = referral_date + 7, closure_reason = 'RC8', version = version + 1
                        WHERE person_id = ? AND closure_date IS NULL
                        """).params(child).update();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
