package org.opencsc.oversight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.workforce.StaffDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision log: each critical decision on a child's case (stepping up, a Section 47
 * enquiry, pre-proceedings, closure) with who made it, when, why, and at least one
 * alternative that was weighed, so the reasoning can be followed later.
 */
@Service
public class Decisions {

    private final DecisionRepository decisions;
    private final PersonRepository people;
    private final EventLog events;
    private final AccessPolicy access;
    private final AccessLog accessLog;
    private final StaffDirectory staff;
    private final Clock clock;

    Decisions(DecisionRepository decisions, PersonRepository people, EventLog events, AccessPolicy access, AccessLog accessLog,
              StaffDirectory staff, Clock clock) {
        this.staff = staff;
        this.decisions = decisions;
        this.people = people;
        this.events = events;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Critical decisions are a manager's: the same people who give oversight. */
    void checkCanRecord(long personId, CurrentUser user, AccessLog.Channel channel, String path) {
        if (!Oversights.canRecord(user.role())) {
            accessLog.record(user.username(), personId, AccessLog.Action.DENIED, channel, path);
            throw new RecordAccessDeniedException("Critical decisions are recorded by a team or duty manager");
        }
        access.checkCanRecord(user, personId, channel, path);
    }

    @Transactional
    public long record(long personId, DecisionInput in, CurrentUser user, AccessLog.Channel channel) {
        people.find(personId).orElseThrow(() -> new NotFoundException("There is no person " + personId));
        checkCanRecord(personId, user, channel, "/people/" + personId + "/decisions");
        return recordChecked(personId, in, user);
    }

    /**
     * A pre-proceedings decision recorded by the legal planning meeting, whose caller has already
     * checked (and logged) that the user may record it: a legal adviser takes it as well as a manager.
     */
    @Transactional
    public long recordPreProceedingsDecision(long personId, String decision, String why, List<String> alternatives,
                                             CurrentUser user) {
        return recordChecked(personId, new DecisionInput(DecisionKind.PRE_PROCEEDINGS, decision, why, alternatives), user);
    }

    private long recordChecked(long personId, DecisionInput in, CurrentUser user) {
        Problems problems = new Problems();
        if (in.kind() == null) {
            problems.add("kind", "Choose which critical decision this is");
        }
        Texts.required(in.decision(), "decision", "Enter the decision made", problems);
        Texts.required(in.why(), "why", "Enter why: the reasons for the decision", problems);
        List<String> alternatives = in.alternatives() == null ? List.of()
                : in.alternatives().stream().filter(a -> !Texts.blank(a)).map(String::trim).toList();
        if (alternatives.isEmpty()) {
            problems.add("alternatives", "Enter at least one alternative you weighed, and why it was not chosen");
        }
        alternatives.forEach(a -> Texts.maxLength(a, "alternatives", problems));
        List<ActionInput> actions = Texts.actions(in.actions(), personId, LocalDate.now(clock), staff, problems);
        problems.throwIfAny();
        Instant now = Instant.now(clock);
        long id = decisions.insert(personId, in, alternatives, actions, user.id(), user.displayName(), now);
        events.append(NewEvent.of(EventType.DECISION, now, user.displayName(),
                "Decision (" + in.kind().label() + ") by " + user.displayName(),
                "Decision: " + in.decision().trim() + "\n\nWhy: " + in.why().trim()
                        + "\n\nAlternatives weighed: " + String.join("; ", alternatives)
                        + (actions.isEmpty() ? "" : "\n\nActions: " + Texts.actionsLine(actions)),
                List.of(personId)));
        return id;
    }

    public List<CriticalDecision> forChild(long personId, CurrentUser user, AccessLog.Channel channel, String path) {
        access.checkAndLogView(user, personId, channel, path);
        return decisions.forPeople(people.idsIncludingMerged(personId));
    }

    /** The decision log of a record the caller has already opened for the user (access checked and logged). */
    List<CriticalDecision> forRecordOpened(long personId) {
        return decisions.forPeople(people.idsIncludingMerged(personId));
    }

    public CriticalDecision open(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        CriticalDecision d = decisions.find(id).orElseThrow(() -> new NotFoundException("There is no decision " + id));
        access.checkAndLogView(user, d.personId(), channel, path);
        return d;
    }
}
