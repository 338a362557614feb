package org.opencsc.quality.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.quality.QualityAccess;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Redaction;
import org.opencsc.workforce.StaffDirectory;
import org.opencsc.workforce.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning actions (Knowsley 2022: learning "not clearly transferred into practice in a timely
 * way"): the QA team adds them on an audit or on a round's findings, each with an owner chosen
 * from the staff and a date not in the past; the owner (or the QA team) marks one done with
 * evidence of what changed. A worker's action from a child's audit is about that child (on the
 * child's team's Team work too); a team's or the service's is about practice across children.
 * No chronology event: they are about practice, not what happened to the child.
 */
@Service
public class LearningActions {

    static final int MAX_ACTION = 2000;
    static final int MAX_EVIDENCE = 20_000;
    static final String STALE = "This action was changed by someone else since you opened it: read it again before marking it done";

    private final LearningActionRepository actions;
    private final StaffDirectory staff;
    private final AccessPolicy access;
    private final AccessLog accessLog;
    private final Redaction redaction;
    private final Clock clock;

    LearningActions(LearningActionRepository actions, StaffDirectory staff, AccessPolicy access, AccessLog accessLog,
                    Redaction redaction, Clock clock) {
        this.actions = actions;
        this.staff = staff;
        this.access = access;
        this.accessLog = accessLog;
        this.redaction = redaction;
        this.clock = clock;
    }

    /** An audit with its actions, for the QA team, senior leaders, inspectors, the audit's worker and their manager. */
    public record AuditActions(AuditFacts audit, String childName, List<LearningAction> actions) {
    }

    public record RoundActions(long roundId, String roundTitle, List<LearningAction> actions) {
    }

    public AuditActions forAudit(long auditId, CurrentUser user, AccessLog.Channel channel, String path) {
        AuditFacts audit = audit(auditId);
        if (!readsAudit(user, audit)) {
            accessLog.record(user.username(), audit.personId(), AccessLog.Action.DENIED, channel, path);
            throw new RecordAccessDeniedException("An audit’s learning actions are read by the quality assurance team, senior leaders,"
                    + " inspectors, and the audit’s worker and their manager");
        }
        access.checkAndLogView(user, audit.personId(), channel, path);
        List<LearningAction> list = actions.forAudit(auditId, today());
        String child = list.stream().map(LearningAction::childName).filter(java.util.Objects::nonNull).findFirst()
                .orElseGet(() -> childName(audit.personId()));
        return new AuditActions(audit, child, list);
    }

    public RoundActions forRound(long roundId, CurrentUser user) {
        String title = actions.roundTitle(roundId).orElseThrow(() -> new NotFoundException("There is no audit round " + roundId));
        if (!QualityAccess.readsAllAudits(user.role())) {
            throw new RecordAccessDeniedException("A round’s learning actions are read by the quality assurance team, senior leaders and inspectors");
        }
        return new RoundActions(roundId, title, sealed(user, actions.forRound(roundId, today())));
    }

    @Transactional
    public long addToAudit(long auditId, LearningActionInput in, CurrentUser user, AccessLog.Channel channel, String path) {
        AuditFacts audit = audit(auditId);
        checkAdds(user);
        access.checkAndLogView(user, audit.personId(), channel, path);
        // A worker's action is about their work with this child; a team's or the service's is about practice across children.
        Long child = in.level() == LearningLevel.WORKER ? audit.personId() : null;
        return add(auditId, audit.roundId(), child, in, user);
    }

    @Transactional
    public long addToRound(long roundId, LearningActionInput in, CurrentUser user) {
        actions.roundTitle(roundId).orElseThrow(() -> new NotFoundException("There is no audit round " + roundId));
        checkAdds(user);
        return add(null, roundId, null, in, user);
    }

    private long add(Long auditId, long roundId, Long child, LearningActionInput in, CurrentUser user) {
        Problems problems = new Problems();
        if (in.action() == null || in.action().isBlank()) {
            problems.add("action", "Enter what is to change in practice");
        } else if (in.action().trim().length() > MAX_ACTION) {
            problems.add("action", "Enter the action in " + MAX_ACTION + " characters or fewer");
        }
        if (in.level() == null) {
            problems.add("level", "Choose whether the action is for the worker, a team or the service");
        }
        StaffMember owner = child != null ? staff.ownerOrProblem(in.ownerUsername(), child, "ownerUsername", problems)
                : staff.ownerOrProblem(in.ownerUsername(), "ownerUsername", problems);
        if (in.level() == LearningLevel.TEAM) {
            if (in.teamId() == null) {
                problems.add("teamId", "Choose the team the action is for");
            } else if (!actions.teamExists(in.teamId())) {
                problems.add("teamId", "There is no team " + in.teamId() + ": choose one from the list");
            }
        }
        LocalDate today = today();
        if (in.dueOn() == null) {
            problems.add("dueOn", "Enter the date the action is due by");
        } else if (in.dueOn().isBefore(today)) {
            problems.add("dueOn", "The due date cannot be in the past");
        }
        problems.throwIfAny();
        // A team is kept only for a team's action: a worker's or the service's is for no one team.
        LearningActionInput kept = new LearningActionInput(in.action(), in.level(), in.ownerUsername(),
                in.level() == LearningLevel.TEAM ? in.teamId() : null, in.dueOn());
        return actions.insert(auditId, roundId, child, kept, owner.id(), user.id(), Instant.now(clock));
    }

    /** The QA team's list (also read by senior leaders and inspectors), a child the reader may not open withheld. */
    public List<LearningAction> list(LearningActionRepository.Show show, CurrentUser user) {
        if (!QualityAccess.readsAllAudits(user.role())) {
            throw new RecordAccessDeniedException("The list of learning actions is for the quality assurance team, senior leaders and inspectors");
        }
        return sealed(user, actions.list(show, today()));
    }

    /** One action: its child's record must be open to the reader, and the view is logged on it. */
    public LearningAction open(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        LearningAction a = find(id);
        if (!readsAction(user, a)) {
            if (a.personId() != null) {
                accessLog.record(user.username(), a.personId(), AccessLog.Action.DENIED, channel, path);
            }
            throw new RecordAccessDeniedException("A learning action is read by its owner, the quality assurance team, senior leaders,"
                    + " inspectors, the audit’s worker and managers of the team or child it is about");
        }
        if (a.personId() != null) {
            access.checkAndLogView(user, a.personId(), channel, path);
        }
        return a;
    }

    public static boolean mayComplete(LearningAction a, CurrentUser user) {
        return !a.done() && (a.ownerId() == user.id() || QualityAccess.isQaTeam(user));
    }

    /** The owner, or the QA team, says what changed: 409 when it changed since {@code version} was read, or is done already. */
    @Transactional
    public void complete(long id, String evidence, Integer version, CurrentUser user, AccessLog.Channel channel, String path) {
        LearningAction a = open(id, user, channel, path);
        if (a.ownerId() != user.id() && !QualityAccess.isQaTeam(user)) {
            throw new RecordAccessDeniedException("Only the action’s owner, or the quality assurance team, marks it done");
        }
        Problems problems = new Problems();
        if (evidence == null || evidence.isBlank()) {
            problems.add("evidence", "Enter what changed in practice, as evidence the action is done");
        } else if (evidence.length() > MAX_EVIDENCE) {
            problems.add("evidence", "Enter the evidence in " + MAX_EVIDENCE + " characters or fewer");
        }
        if (version == null) {
            problems.add("version", "Give the version of the action you read");
        }
        problems.throwIfAny();
        if (a.done()) {
            throw new ConflictException(doneAlready(a));
        }
        if (!actions.complete(id, version, evidence.trim(), today(), user.id(), Instant.now(clock))) {
            LearningAction now = find(id);
            throw new ConflictException(now.done() ? doneAlready(now) : STALE);
        }
    }

    private static String doneAlready(LearningAction a) {
        return "This action was marked done on " + Dates.govuk(a.completedOn()) + " by " + a.completedBy();
    }

    List<LearningActionRepository.TeamChoice> teams() {
        return actions.teams();
    }

    private LearningAction find(long id) {
        return actions.find(id, today()).orElseThrow(() -> new NotFoundException("There is no learning action " + id));
    }

    private AuditFacts audit(long auditId) {
        return actions.audit(auditId).orElseThrow(() -> new NotFoundException("There is no audit " + auditId));
    }

    private static void checkAdds(CurrentUser user) {
        if (!QualityAccess.isQaTeam(user)) {
            throw new RecordAccessDeniedException("Learning actions are added by the quality assurance team");
        }
    }

    private static boolean readsAudit(CurrentUser user, AuditFacts audit) {
        return QualityAccess.readsAllAudits(user.role()) || Long.valueOf(user.id()).equals(audit.workerId())
                || Long.valueOf(user.id()).equals(audit.workerManagerId());
    }

    /**
     * The owner, who added it, the QA team, senior leaders and inspectors; for an audit's action
     * the audit's worker and their manager; and a team or duty manager whose teams the action is
     * about (the child's team, whose Team work lists it, the owner's team, or the team it is for).
     * Reading one about a child also needs the child's record open to the reader.
     */
    private boolean readsAction(CurrentUser user, LearningAction a) {
        if (a.ownerId() == user.id() || QualityAccess.readsAllAudits(user.role())) {
            return true;
        }
        if (a.auditId() != null && readsAudit(user, audit(a.auditId()))) {
            return true;
        }
        if (!user.role().isManager()) {
            return false;
        }
        if (a.personId() != null) {
            return access.canView(user, a.personId());
        }
        return (a.teamId() != null && user.visibleTeamIds().contains(a.teamId()))
                || actions.teamsOf(a.ownerId()).stream().anyMatch(user.visibleTeamIds()::contains);
    }

    private List<LearningAction> sealed(CurrentUser user, List<LearningAction> list) {
        return redaction.apply(user, list, a -> a.personId() == null ? List.<Long>of() : List.of(a.personId()),
                (a, sight) -> a.withoutChild());
    }

    private String childName(long personId) {
        return actions.childName(personId);
    }

    private LocalDate today() {
        return LondonTime.today(clock);
    }
}
