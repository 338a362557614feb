package org.opencsc.protection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.opencsc.frontdoor.Consent;
import org.opencsc.frontdoor.ContactInput;
import org.opencsc.frontdoor.ContactService;
import org.opencsc.frontdoor.DecisionOutcome;
import org.opencsc.frontdoor.PrimaryNeed;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.frontdoor.ReferralSource;
import org.opencsc.frontdoor.Urgency;
import org.opencsc.person.PersonInput;
import org.opencsc.person.PersonService;
import org.opencsc.protection.conference.Conferences;
import org.opencsc.protection.conference.InitialConferenceInput;
import org.opencsc.protection.conference.ReviewConferenceInput;
import org.opencsc.protection.conference.ReviewDecision;
import org.opencsc.protection.coregroup.CoreGroupInput;
import org.opencsc.protection.enquiry.S47Enquiries;
import org.opencsc.protection.enquiry.S47Outcome;
import org.opencsc.protection.strategy.S47Decision;
import org.opencsc.protection.strategy.StrategyAgency;
import org.opencsc.protection.strategy.StrategyDiscussionInput;
import org.opencsc.protection.strategy.StrategyDiscussions;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks a child through the earlier steps of the journey with the real services, so each
 * protection test starts where it needs to: referred and allocated, after a strategy
 * discussion, after a Section 47 enquiry.
 */
@Component
public class ProtectionJourney {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final AccessLog.Channel API = AccessLog.Channel.API;

    private final PersonService people;
    private final ContactService contacts;
    private final ReferralService referrals;
    private final StrategyDiscussions discussions;
    private final S47Enquiries enquiries;
    private final Conferences conferences;
    private final UserRepository users;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProtectionJourney(PersonService people, ContactService contacts, ReferralService referrals,
                       StrategyDiscussions discussions, S47Enquiries enquiries, Conferences conferences, UserRepository users,
                       JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.conferences = conferences;
        this.people = people;
        this.contacts = contacts;
        this.referrals = referrals;
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.users = users;
        this.jdbc = jdbc;
    }

    public record Referred(long child, long referral) {
    }

    public CurrentUser user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    /** A school-age child referred on {@code received} and allocated to Sam Social (Safeguarding team North). */
    public Referred referredAndAllocated(LocalDate received) {
        return referredAndAllocated(received, "social");
    }

    /** As above, allocated to {@code worker}, a member of Safeguarding team North ("social" or "family"). */
    public Referred referredAndAllocated(LocalDate received, String worker) {
        return referredAndAllocated(received, worker, LocalDate.of(2016, 3, 3), null);
    }

    /** As above, for a child born on {@code born} with {@code ethnicity} (a DfE code, or null) recorded. */
    public Referred referredAndAllocated(LocalDate received, String worker, LocalDate born, String ethnicity) {
        CurrentUser contact = user("contact");
        var in = new PersonInput(true, "Kai", Fixtures.uniqueSurname("Protect"), List.of(), born, null,
                "1", ethnicity, null, null, null, null, List.of(), null);
        long child = ((PersonService.CreateResult.Created) people.create(in, null, true, contact, API)).id();
        Instant at = atOrNow(received, 9);
        long contactId = contacts.record(new ContactInput(at, ReferralSource.SCHOOLS, "Mrs Khan", "St Mary's", null,
                "Bruise on his cheek; says dad hit him.", Urgency.IMMEDIATE, Consent.NOT_SOUGHT, null,
                "Seeking consent may put the child at risk", false, null, List.of(child)), contact, API);
        int version = jdbc.sql("SELECT version FROM contact WHERE id = ?").params(contactId).query(Integer.class).single();
        contacts.decide(contactId, version, DecisionOutcome.REFERRAL, "Disclosure of physical harm", null, PrimaryNeed.N1,
                user("dutymanager"), API);
        long referral = jdbc.sql("SELECT id FROM referral WHERE contact_id = ?").params(contactId).query(Long.class).single();
        long north = jdbc.sql("SELECT id FROM team WHERE name = 'Safeguarding team North'").query(Long.class).single();
        referrals.allocate(referral, 0, user(worker).id(), north, user("manager"), API);
        return new Referred(child, referral);
    }

    /** {@code hour} o'clock on {@code day}, or now when that is still to come today: a fixture never records the future. */
    public Instant atOrNow(LocalDate day, int hour) {
        Instant at = day.atTime(hour, 0).atZone(LONDON).toInstant();
        Instant now = clock.instant();
        return at.isAfter(now) ? now : at;
    }

    public static List<StrategyDiscussionInput.Attendee> allAgencies() {
        return List.of(new StrategyDiscussionInput.Attendee("DS Lowe", StrategyAgency.POLICE, "Public protection unit"),
                new StrategyDiscussionInput.Attendee("Nurse Patel", StrategyAgency.HEALTH, "Safeguarding nurse"),
                new StrategyDiscussionInput.Attendee("Mrs Khan", StrategyAgency.EDUCATION, "Designated safeguarding lead"),
                new StrategyDiscussionInput.Attendee("Sam Social", StrategyAgency.SOCIAL_CARE, "Social worker"));
    }

    /** A strategy discussion on {@code held} that starts a Section 47 enquiry; returns the enquiry's id. */
    public long s47Started(Referred r, LocalDate held) {
        long id = discussions.record(new StrategyDiscussionInput(r.referral(), atOrNow(held, 10),
                "Shared by all agencies", allAgencies(), List.of(), S47Decision.START_S47, "Disclosure and bruising"),
                user("social"), API);
        return discussions.open(id, user("social"), API, "/fixture").s47EnquiryId();
    }

    /** Through strategy discussion, S47 enquiry (concluding a conference is needed) and an initial conference starting a neglect plan. */
    public long onAPlan(Referred r, LocalDate discussion, LocalDate conference) {
        long enquiry = s47Started(r, discussion);
        s47Completed(enquiry, S47Outcome.ICPC_REQUIRED, discussion.plusDays(3));
        return conferences.recordInitial(new InitialConferenceInput(enquiry, conference, "Casey Chair", "Mum, police, health",
                "Kai said he is hungry at home", true, AbuseCategory.NEG, "Persistent neglect"), user("chair"), API);
    }

    /** As {@link #onAPlan}, with the initial conference recorded by {@code recorder} (a chair or a team manager); returns the plan. */
    public ChildProtectionPlan onAPlan(Referred r, LocalDate discussion, LocalDate conference, String recorder) {
        return onAPlan(r, discussion, conference, recorder, "Casey Chair");
    }

    /** As above, with the conference chaired by {@code chair} (the name as typed by whoever records it). */
    public ChildProtectionPlan onAPlan(Referred r, LocalDate discussion, LocalDate conference, String recorder, String chair) {
        long enquiry = s47Started(r, discussion);
        s47Completed(enquiry, S47Outcome.ICPC_REQUIRED, discussion.plusDays(3));
        long id = conferences.recordInitial(new InitialConferenceInput(enquiry, conference, chair, "Mum, police, health",
                "Kai said he is hungry at home", true, AbuseCategory.NEG, "Persistent neglect"), user(recorder), API);
        return conferences.planFrom(id, user(recorder), API, "/fixture");
    }

    /** The enquiry completed on {@code on} with {@code outcome}. */
    public void s47Completed(long enquiryId, S47Outcome outcome, LocalDate on) {
        int version = enquiries.open(enquiryId, user("social"), API, "/fixture").version();
        enquiries.complete(enquiryId, version, outcome, "Medical and interviews", on, user("social"), API);
    }

    /** A review conference on {@code held} with {@code decision} (and the new category when it changes). */
    public static ReviewConferenceInput reviewConference(long planId, LocalDate held, ReviewDecision decision, AbuseCategory category) {
        return new ReviewConferenceInput(planId, held, "Casey Chair", "Mum; DS Lowe (police); Nurse Patel (health)",
                "Kai said things are calmer at home", decision, category, "Progress on the plan's outcomes");
    }

    /** A core group meeting held on {@code held} at which the child was seen. */
    public static CoreGroupInput coreGroupMeeting(LocalDate held) {
        return new CoreGroupInput(held, "Mum; Sam Social; Nurse Patel; Mrs Khan (school)", true,
                "Attendance up to 92%; home conditions improving", "Nurse Patel: dental check by 19 December");
    }
}
