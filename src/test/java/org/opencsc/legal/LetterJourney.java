package org.opencsc.legal;

import static org.opencsc.security.AccessLog.Channel.API;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencsc.person.RelationshipType;
import org.opencsc.plan.ChildPlans;
import org.opencsc.plan.PlanContent;
import org.opencsc.plan.PlanKind;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.person.PersonRepository;
import org.opencsc.person.PersonService;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Children in open pre-proceedings with a plan, a parent and a planned meeting, ready for a letter
 * (the letter tests and the benchmark). Each call makes new people.
 * A bean, as ProtectionJourney is, so each test needs only this one.
 */
@Component
public class LetterJourney {

    /** A child ready for a letter: the child, its pre-proceedings, its parent, and the changes its plan asks for. */
    public record Ready(long child, long preProceedingsId, long parent, List<String> changes) {
    }

    private final ProtectionJourney journey;
    private final Fixtures fx;
    private final ChildPlans plans;
    private final LegalPlanningMeetings meetings;
    private final Clock clock;
    private final PersonRepository persons;

    LetterJourney(ProtectionJourney journey, PersonService people, PersonRepository persons, UserRepository users, JdbcClient jdbc,
                  ChildPlans plans, LegalPlanningMeetings meetings, Clock clock) {
        this.journey = journey;
        this.persons = persons;
        this.fx = new Fixtures(people, users, jdbc);
        this.plans = plans;
        this.meetings = meetings;
        this.clock = clock;
    }

    public CurrentUser user(String username) {
        return fx.user(username);
    }

    /**
     * A child with a parent and a plan asking for two changes, allocated to "social", before any legal
     * planning meeting (the browser journey records that on the page).
     */
    public record Family(List<Long> children, long parent, List<List<String>> changesPerChild, String childName) {
        public long child() {
            return children.getFirst();
        }

        public List<String> changes() {
            return changesPerChild.getFirst();
        }
    }

    public Family family() {
        return family(1);
    }

    private Family family(int children) {
        LocalDate today = LondonTime.today(clock);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            ids.add(journey.referredAndAllocated(today.minusDays(90)).child());
        }
        long parent = fx.adult("Ann", Fixtures.uniqueSurname("Parent"), LocalDate.of(1990, 4, 1));
        for (long child : ids) {
            fx.link(parent, child, RelationshipType.PARENT);
            if (child != ids.getFirst()) {
                fx.link(child, ids.getFirst(), RelationshipType.SIBLING);
            }
        }
        List<List<String>> changes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long plan = plans.start(ids.get(i), PlanKind.CIN, today.minusDays(60), fx.user("social"), API);
            List<String> wanted = List.of("Child " + (i + 1) + " gets to school on time every day",
                    "Child " + (i + 1) + " sees the dentist");
            plans.saveDraft(plan, content(wanted, today), null, fx.user("social"), API);
            changes.add(wanted);
        }
        return new Family(ids, parent, changes, persons.find(ids.getFirst()).orElseThrow().fullName());
    }

    /** One child, or a sibling group of {@code children} entering pre-proceedings together (the first is returned first). */
    public List<Ready> ready(int children) {
        LocalDate today = LondonTime.today(clock);
        Family family = family(children);
        List<Long> ids = family.children();
        long parent = family.parent();
        List<List<String>> changes = family.changesPerChild();
        meetings.record(ids.getFirst(), new LegalPlanningMeetingInput(today, "social", "manager", "legal", null,
                "The home is often cold and there is little food", LegalPlanningDecision.ENTER_PRE_PROCEEDINGS,
                "No change under the plan", List.of("Keep going with the plan: no change in a year"), ids.subList(1, ids.size())),
                fx.user("legal"), API);
        List<Ready> ready = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long pp = meetings.preProceedings(ids.get(i), fx.user("legal"), API, "/test").getFirst().id();
            if (i == 0) {
                meetings.planMeeting(ids.get(i), pp, "INITIAL", today.plusDays(10), "Family Centre, 1 High Street", fx.user("social"), API);
            }
            ready.add(new Ready(ids.get(i), pp, parent, changes.get(i)));
        }
        return ready;
    }

    /** The sections with the template's instructions written over in plain words, as a worker would. */
    public static Map<LetterSection, String> written(Map<LetterSection, String> sections) {
        Map<LetterSection, String> written = new java.util.EnumMap<>(LetterSection.class);
        sections.forEach((s, body) -> written.put(s, LetterTemplate.PLACEHOLDER.matcher(body)
                .replaceAll("We saw this on our visits. We will visit you every week to help.")
                .replace("These are the things that worry us:\nThe home is often cold and there is little food",
                        "These are the things that worry us: the home is often cold and there is little food.")));
        return written;
    }

    private static PlanContent content(List<String> outcomes, LocalDate today) {
        List<PlanContent.Outcome> os = new ArrayList<>();
        List<PlanContent.Action> as = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            os.add(new PlanContent.Outcome("o" + i, outcomes.get(i), "Not yet", "Every time", 3));
            as.add(new PlanContent.Action("a" + i, "o" + i, "Help with " + i, "Mum", today.plusDays(30 + i), null));
        }
        return new PlanContent(List.of(new PlanContent.Need("n1", "Needs to be looked after well", os, as)), "I want to stay home",
                "If nothing changes we will think again");
    }
}
