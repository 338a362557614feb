package org.opencsc.oversight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.ChronologyReader;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.plan.PlanReviews;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.protection.conference.Conferences;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Role;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.opencsc.workforce.StaffDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Management oversight on a child's record. The manager writes it with the whole story in view
 * (the chronology, what is due, the plan and its progress), says what they read and considered, and gives
 * direction with owners and dates; the entry goes on the chronology.
 */
@Service
public class Oversights {

    /** How much of the chronology sits beside the form: enough for the recent story, short enough to read. */
    static final int CHRONOLOGY_ENTRIES = 30;

    private final OversightRepository entries;
    private final PersonRepository people;
    private final EventLog events;
    private final ChronologyReader chronologies;
    private final List<DueWorkSource> dueWork;
    private final Conferences conferences;
    private final PlanReviews planReviews;
    private final AccessPolicy access;
    private final AccessLog accessLog;
    private final StaffDirectory staff;
    private final Clock clock;

    Oversights(OversightRepository entries, PersonRepository people, EventLog events, ChronologyReader chronologies,
               List<DueWorkSource> dueWork, Conferences conferences, PlanReviews planReviews, AccessPolicy access,
               AccessLog accessLog, StaffDirectory staff, Clock clock) {
        this.staff = staff;
        this.chronologies = chronologies;
        this.planReviews = planReviews;
        this.accessLog = accessLog;
        this.entries = entries;
        this.people = people;
        this.events = events;
        this.dueWork = dueWork;
        this.conferences = conferences;
        this.access = access;
        this.clock = clock;
    }

    /** Oversight is the team or duty manager's: practitioners record case notes instead. */
    public static boolean canRecord(Role role) {
        return role.isManager();
    }

    /** Refuses (403) anyone but a manager who may write on this child's record. */
    void checkCanRecord(long personId, CurrentUser user, AccessLog.Channel channel, String path) {
        if (!canRecord(user.role())) {
            accessLog.record(user.username(), personId, AccessLog.Action.DENIED, channel, path);
            throw new RecordAccessDeniedException("Management oversight is recorded by a team or duty manager");
        }
        access.checkCanRecord(user, personId, channel, path);
    }

    /** The child's story for the oversight page; the caller has checked the user may record. */
    ChildStory story(long personId, CurrentUser user, AccessLog.Channel channel, String path) {
        access.checkAndLogView(user, personId, channel, path);
        Person child = people.find(personId).orElseThrow(() -> new NotFoundException("There is no person " + personId));
        List<DueItem> due = dueWork.stream().flatMap(s -> s.dueFor(List.of(personId)).stream())
                .filter(i -> i.personId() == personId)
                .sorted(Comparator.comparing(DueItem::dueOn)).toList();
        return new ChildStory(child,
                chronologies.shownTo(user, people.idsIncludingMerged(personId), ChronologyFilter.latest(CHRONOLOGY_ENTRIES),
                        channel, path),
                due, conferences.openPlanOf(personId).orElse(null), planReviews.currentProgress(personId).orElse(null));
    }

    @Transactional
    public long record(long personId, OversightInput in, CurrentUser user, AccessLog.Channel channel) {
        String path = "/people/" + personId + "/oversight";
        people.find(personId).orElseThrow(() -> new NotFoundException("There is no person " + personId));
        checkCanRecord(personId, user, channel, path);
        Problems problems = new Problems();
        Texts.required(in.considered(), "considered", "Enter what you have read and considered", problems);
        Texts.maxLength(in.analysis(), "analysis", problems);
        List<ActionInput> actions = Texts.actions(in.actions(), personId, LocalDate.now(clock), staff, problems);
        problems.throwIfAny();
        Instant now = Instant.now(clock);
        long id = entries.insert(personId, new OversightInput(in.considered(), in.analysis(), actions), user.id(),
                user.displayName(), now);
        StringBuilder detail = new StringBuilder("Read and considered: ").append(in.considered().trim());
        if (!Texts.blank(in.analysis())) {
            detail.append("\n\nAnalysis: ").append(in.analysis().trim());
        }
        if (!actions.isEmpty()) {
            detail.append("\n\nDirection: ").append(Texts.actionsLine(actions));
        }
        events.append(NewEvent.of(EventType.OVERSIGHT, now, user.displayName(),
                "Management oversight by " + user.displayName() + (actions.isEmpty() ? "" : " with " + actions.size()
                        + (actions.size() == 1 ? " action" : " actions")),
                detail.toString(), List.of(personId)));
        return id;
    }

    public OversightEntry open(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        OversightEntry e = entries.find(id).orElseThrow(() -> new NotFoundException("There is no oversight entry " + id));
        access.checkAndLogView(user, e.personId(), channel, path);
        return e;
    }
}
