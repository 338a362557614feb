package org.opencsc.workforce;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision of workers by their managers (Ofsted: "supervision not recorded, not reflective").
 * A session records the worker's wellbeing and caseload and, for each child discussed, a
 * reflection on what has changed for the child under the plan, the decisions and the actions.
 * Each child's part goes on that child's chronology; the session itself is seen only by the
 * worker and their line management chain (see canRead).
 */
@Service
public class Supervisions {

    static final int MAX_TEXT = 20_000;

    private final SupervisionRepository supervisions;
    private final EventLog events;
    private final AccessPolicy access;
    private final AccessLog accessLog;
    private final DueWork dueWork;
    private final StaffDirectory staff;
    private final Clock clock;

    Supervisions(SupervisionRepository supervisions, EventLog events, AccessPolicy access, AccessLog accessLog, DueWork dueWork,
                 StaffDirectory staff, Clock clock) {
        this.staff = staff;
        this.dueWork = dueWork;
        this.supervisions = supervisions;
        this.events = events;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * The worker, if the user may record their supervision: the worker's line manager, or someone
     * above that line manager in the line management chain (app_user.line_manager_id, set by an
     * administrator). Anyone else is refused (403), peers included: two managers of one team do not
     * supervise each other. Why the chain rather than roles or teams: who supervises whom is a
     * management relationship, not a property of a role (a deputy and a team manager share a role
     * and a team, yet only one supervises the other), and councils already hold it in their HR
     * structure; "or above" lets a head of service cover while a manager is away.
     */
    SupervisionWorker supervisable(CurrentUser user, long workerId) {
        SupervisionWorker worker = supervisions.worker(workerId, LondonTime.today(clock)).filter(SupervisionWorker::active)
                .orElseThrow(() -> new NotFoundException("There is no worker " + workerId));
        if (workerId != user.id() && !supervisions.isAbove(user.id(), workerId)) {
            throw new RecordAccessDeniedException(worker.lineManagerName() == null
                    ? worker.name() + " has no line manager recorded, so their supervision cannot be recorded yet:"
                    + " ask the system administrator to record their line manager"
                    : "Supervision of " + worker.name() + " is recorded by their line manager, " + worker.lineManagerName()
                    + ", or by someone above " + worker.lineManagerName() + " in the line management chain");
        }
        return worker;
    }

    @Transactional
    public long record(SupervisionInput in, CurrentUser user, AccessLog.Channel channel) {
        Problems problems = new Problems();
        if (in.workerId() == null) {
            problems.add("workerId", "Give the worker who was supervised").throwIfAny();
        }
        if (in.workerId() == user.id()) {
            // Checked before the service area: a manager is in their own team, so it would pass.
            problems.add("workerId", "You cannot record supervision of yourself: your own supervision is recorded by your manager")
                    .throwIfAny();
        }
        SupervisionWorker worker = supervisable(user, in.workerId());
        check(in, worker, problems);
        problems.throwIfAny();
        for (SupervisionInput.ChildDiscussed c : in.children()) {
            access.checkCanRecord(user, c.childId(), channel, "/supervision");
        }
        long id = supervisions.insert(in, user.id());
        Instant at = occurredAt(in.heldOn());
        for (SupervisionInput.ChildDiscussed c : in.children()) {
            // Only this child's part: the worker's wellbeing and the other children stay off this record.
            events.append(NewEvent.of(EventType.SUPERVISION, at, user.displayName(),
                    "Discussed in supervision of " + worker.name() + " by " + user.displayName(),
                    childPart(c), List.of(c.childId())));
        }
        return id;
    }

    private void check(SupervisionInput in, SupervisionWorker worker, Problems problems) {
        LocalDate today = LocalDate.now(clock);
        if (in.heldOn() == null) {
            problems.add("heldOn", "Enter the date of the supervision");
        } else if (in.heldOn().isAfter(today)) {
            problems.add("heldOn", "Supervision is recorded once it has taken place: the date cannot be in the future");
        }
        tooLong(in.wellbeing(), "wellbeing", "The wellbeing and caseload discussion", problems);
        List<SupervisionInput.ChildDiscussed> children = in.children() == null ? List.of() : in.children();
        if (children.isEmpty() && blank(in.wellbeing())) {
            problems.add("wellbeing", "Record what was discussed: the worker’s wellbeing and caseload, or a child");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < children.size(); i++) {
            SupervisionInput.ChildDiscussed c = children.get(i);
            String at = "children[" + i + "].";
            if (c == null || c.childId() == null) {
                problems.add(at + "childId", "Choose the child discussed");
                continue;
            }
            if (!seen.add(c.childId())) {
                problems.add(at + "childId", "Each child is discussed once in a session: combine the two parts");
            } else if (!supervisions.onCaseload(worker.id(), c.childId())) {
                problems.add(at + "childId", "Child " + c.childId() + " is not on " + worker.name() + "’s caseload");
            }
            if (blank(c.reflection())) {
                problems.add(at + "reflection", "Reflect on the plan’s outcomes: what has changed for the child, and what is not working");
            }
            tooLong(c.reflection(), at + "reflection", "The reflection", problems);
            tooLong(c.decisions(), at + "decisions", "The decisions", problems);
            for (SupervisionInput.Action a : c.actions() == null ? List.<SupervisionInput.Action>of() : c.actions()) {
                if (a == null || blank(a.action()) || a.dueOn() == null) {
                    problems.add(at + "actions", "Give each action what is to be done, who will do it and by when");
                } else if (staff.ownerOrProblem(a.ownerUsername(), c.childId(), at + "actions", problems) == null) {
                    continue;
                } else if (in.heldOn() != null && a.dueOn().isBefore(in.heldOn())) {
                    problems.add(at + "actions", "An action cannot be due before the supervision that agreed it");
                }
            }
        }
    }

    /** Where the session sits in the chronology: the rule for every date-only entry, never in the future. */
    private Instant occurredAt(LocalDate heldOn) {
        return LondonTime.placeDate(heldOn, clock);
    }

    private String childPart(SupervisionInput.ChildDiscussed c) {
        StringBuilder s = new StringBuilder("Reflection on the plan’s outcomes: ").append(c.reflection().trim());
        if (!blank(c.decisions())) {
            s.append("\n\nDecisions: ").append(c.decisions().trim());
        }
        List<SupervisionInput.Action> actions = c.actions() == null ? List.of() : c.actions();
        if (!actions.isEmpty()) {
            s.append("\n\nActions: ").append(actions.stream()
                    .map(a -> a.action().trim() + " (" + staff.owner(a.ownerUsername()).map(StaffMember::name).orElse("") + ", by " + Dates.govuk(a.dueOn()) + ")")
                    .collect(Collectors.joining("; ")));
        }
        return s.toString();
    }

    /**
     * Whether the user may read the worker's supervision sessions: the worker, and their line
     * management chain (who records them), nobody else. A session holds the worker's wellbeing,
     * which is about them as an employee; sharing a team or a role does not make it anyone
     * else's business (a deputy manager does not read their colleagues' sessions). What a session
     * says about a child is on that child's chronology, for whoever may open the child's record:
     * auditors and inspectors read it there.
     */
    private boolean canRead(CurrentUser user, SupervisionWorker worker) {
        return user.id() == worker.id() || supervisions.isAbove(user.id(), worker.id());
    }

    private SupervisionWorker readable(CurrentUser user, long workerId) {
        SupervisionWorker worker = supervisions.worker(workerId, LondonTime.today(clock))
                .orElseThrow(() -> new NotFoundException("There is no worker " + workerId));
        if (!canRead(user, worker)) {
            throw new RecordAccessDeniedException("Supervision records are seen only by the worker and their line manager,"
                    + " and those above their line manager; what was said about a child is on that child’s record");
        }
        return worker;
    }

    /** A session, with the parts about children the reader may see (each view logged on that child's record). */
    public Supervision open(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        Supervision s = supervisions.find(id).orElseThrow(() -> new NotFoundException("There is no supervision " + id));
        readable(user, s.workerId());
        Map<Long, Boolean> visible = access.visibility(user, s.children().stream().map(Supervision.ChildDiscussed::personId).toList());
        List<Supervision.ChildDiscussed> shown = new ArrayList<>();
        for (Supervision.ChildDiscussed c : s.children()) {
            if (visible.getOrDefault(c.personId(), false)) {
                accessLog.record(user.username(), c.personId(), AccessLog.Action.VIEW, channel, path);
                shown.add(c);
            }
        }
        return s.withChildren(shown);
    }

    public List<SupervisionSummary> history(long workerId, CurrentUser user) {
        readable(user, workerId);
        return supervisions.forWorker(workerId);
    }

    public SupervisionStatus status(long workerId, CurrentUser user) {
        readable(user, workerId);
        return SupervisionFrequency.status(supervisions.lastFor(workerId, LondonTime.today(clock)).orElseThrow(), LocalDate.now(clock),
                workerId != user.id() && supervisions.isAbove(user.id(), workerId));
    }

    /** Every practitioner in a team with when their next supervision is due; the team must be in the manager's service area. */
    public List<SupervisionStatus> dueForTeam(CurrentUser user, Long teamId) {
        if (!user.role().isManager()) {
            throw new RecordAccessDeniedException("Supervision due dates are for team and duty managers");
        }
        if (teamId == null) {
            teamId = dueWork.defaultTeam(user);
        }
        if (!user.visibleTeamIds().contains(teamId)) {
            throw new NotFoundException("There is no team " + teamId + " in your service area");
        }
        LocalDate today = LocalDate.now(clock);
        Set<Long> mine = supervisions.below(user.id());
        return supervisions.lastForTeam(teamId, LondonTime.today(clock)).stream()
                .map(w -> SupervisionFrequency.status(w, today, mine.contains(w.workerId()))).toList();
    }

    private static void tooLong(String text, String field, String label, Problems problems) {
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(field, label + " must be " + MAX_TEXT + " characters or fewer");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
