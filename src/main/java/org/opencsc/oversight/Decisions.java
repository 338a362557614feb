package org.opencsc.oversight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.opencsc.security.Redaction;
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
    private final Redaction redaction;
    private final Clock clock;

    Decisions(DecisionRepository decisions, PersonRepository people, EventLog events, AccessPolicy access, AccessLog accessLog,
              StaffDirectory staff, Redaction redaction, Clock clock) {
        this.staff = staff;
        this.redaction = redaction;
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

    /**
     * A pre-proceedings decision made for brothers and sisters together (the legal planning
     * meeting): one entry in each child's decision log, each naming the others it was made with,
     * and one chronology entry about them all, so a reader who may not open one of them sees
     * neither its words nor, in the log, its reasons (which name the children). The caller has
     * checked that the user may record on every child. Returns the entries' ids in the children's order.
     */
    @Transactional
    public List<Long> recordPreProceedingsDecisionTogether(List<Long> children, String decision, String why,
                                                           List<String> alternatives, CurrentUser user) {
        DecisionInput in = new DecisionInput(DecisionKind.PRE_PROCEEDINGS, decision, why, alternatives);
        List<String> weighed = validated(children.getFirst(), in).alternatives();
        Instant now = Instant.now(clock);
        List<Long> ids = new ArrayList<>();
        for (long child : children) {
            List<Long> others = children.stream().filter(c -> c != child).toList();
            ids.add(decisions.insert(child, others, in, weighed, List.of(), user.id(), user.displayName(), now));
        }
        events.append(NewEvent.of(EventType.DECISION, now, user.displayName(),
                "Decision (" + in.kind().label() + ") by " + user.displayName(), detail(in, weighed, List.of()), List.copyOf(children)));
        return ids;
    }

    private record Valid(List<String> alternatives, List<ActionInput> actions) {
    }

    private Valid validated(long personId, DecisionInput in) {
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
        return new Valid(alternatives, actions);
    }

    private long recordChecked(long personId, DecisionInput in, CurrentUser user) {
        Valid valid = validated(personId, in);
        Instant now = Instant.now(clock);
        long id = decisions.insert(personId, in, valid.alternatives(), valid.actions(), user.id(), user.displayName(), now);
        events.append(NewEvent.of(EventType.DECISION, now, user.displayName(),
                "Decision (" + in.kind().label() + ") by " + user.displayName(), detail(in, valid.alternatives(), valid.actions()),
                List.of(personId)));
        return id;
    }

    private static String detail(DecisionInput in, List<String> alternatives, List<ActionInput> actions) {
        return "Decision: " + in.decision().trim() + "\n\nWhy: " + in.why().trim()
                + "\n\nAlternatives weighed: " + String.join("; ", alternatives)
                + (actions.isEmpty() ? "" : "\n\nActions: " + Texts.actionsLine(actions));
    }

    /** The log as this user may read it: a decision made with a child they may not open keeps only when, who and its kind. */
    private List<CriticalDecision> shownTo(CurrentUser user, List<CriticalDecision> log) {
        Set<Long> others = new LinkedHashSet<>();
        log.forEach(d -> others.addAll(d.alsoAbout()));
        if (others.isEmpty()) {
            return log;
        }
        Redaction.Sights sights = redaction.of(user, others);
        return log.stream().map(d -> d.alsoAbout().stream().allMatch(sights::open) ? d : d.withheldWords()).toList();
    }

    public List<CriticalDecision> forChild(long personId, CurrentUser user, AccessLog.Channel channel, String path) {
        access.checkAndLogView(user, personId, channel, path);
        return shownTo(user, decisions.forPeople(people.idsIncludingMerged(personId)));
    }

    /** The decision log of a record the caller has already opened for the user (access checked and logged). */
    List<CriticalDecision> forRecordOpened(long personId, CurrentUser user) {
        return shownTo(user, decisions.forPeople(people.idsIncludingMerged(personId)));
    }

    public CriticalDecision open(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        CriticalDecision d = decisions.find(id).orElseThrow(() -> new NotFoundException("There is no decision " + id));
        access.checkAndLogView(user, d.personId(), channel, path);
        return shownTo(user, List.of(d)).getFirst();
    }
}
