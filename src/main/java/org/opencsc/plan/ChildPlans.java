package org.opencsc.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.PlanStarted;
import org.opencsc.protection.conference.Conferences;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting and finalising a child's plan. The draft is edited freely (a plan is built up over
 * several sittings); finalising runs {@link PlanQuality} and refuses a plan with anything
 * missing, then keeps the content as the next numbered version. Editing a finalised plan
 * starts a new draft from its latest version.
 */
@Service
public class ChildPlans {

    static final int MAX_TEXT = 4000;

    private final PlanRepository plans;
    private final PlanReviewRepository reviews;
    private final Conferences conferences;
    private final EventLog events;
    private final AccessPolicy access;
    private final PlanSiblings siblings;
    private final Clock clock;

    ChildPlans(PlanRepository plans, PlanReviewRepository reviews, Conferences conferences, EventLog events,
               AccessPolicy access, PlanSiblings siblings, Clock clock) {
        this.siblings = siblings;
        this.plans = plans;
        this.reviews = reviews;
        this.conferences = conferences;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** The child's social worker writes and finalises the plan, or their manager. */
    public static boolean canWrite(Role role) {
        return role == Role.SOCIAL_WORKER || role == Role.TEAM_MANAGER;
    }

    /** A current plan for the child's record page (the caller has checked access); lastReviewOn is null until the first review. */
    public record Summary(long id, PlanKind kind, String status, LocalDate lastReviewOn) {
    }

    @Transactional
    public long start(long personId, PlanKind kind, LocalDate startedOn, CurrentUser user, AccessLog.Channel channel) {
        return start(personId, kind, startedOn, List.of(), user, channel);
    }

    /**
     * Starts the child's plan and, with {@code siblingIds}, a plan of the same kind for each of
     * those siblings, sharing one family part (the contingency) written once for them all. Only
     * child in need plans are grouped, never a restricted record ({@link PlanSiblings}); anything
     * wrong refuses the whole start, so no sibling's plan is started alone.
     */
    @Transactional
    public long start(long personId, PlanKind kind, LocalDate startedOn, List<Long> siblingIds, CurrentUser user,
                      AccessLog.Channel channel) {
        requireWriter(user);
        access.checkCanRecord(user, personId, channel, "/people/" + personId + "/child-plans");
        Problems problems = new Problems();
        LocalDate today = LocalDate.now(clock);
        if (kind == null) {
            problems.add("kind", "Choose whether this is a child in need plan or a child protection plan");
        }
        if (startedOn != null && startedOn.isAfter(today)) {
            problems.add("startedOn", "The date the plan started cannot be in the future");
        }
        LocalDate earliest = startedOn == null ? null : plans.earliestStart(personId).orElse(null);
        if (earliest != null && startedOn.isBefore(earliest)) {
            problems.add("startedOn", "The plan cannot start before " + Dates.govuk(earliest)
                    + ", the child's birth or the referral the plan follows");
        }
        List<Long> group = siblings.check(personId, kind, siblingIds, user, channel, problems);
        problems.throwIfAny();
        Long cpPlanId = null;
        LocalDate start = startedOn;
        if (kind == PlanKind.CP) {
            ChildProtectionPlan cp = cpPlanToWrite(personId);
            if (startedOn != null && !startedOn.equals(cp.startedOn())) {
                throw new ValidationException("startedOn", "A child protection plan starts on the day of the conference that "
                        + "decided it, " + Dates.govuk(cp.startedOn()) + ": leave the date out");
            }
            cpPlanId = cp.id();
            start = cp.startedOn();
        }
        LocalDate on = start == null ? today : start;
        if (group.isEmpty()) {
            return plans.insert(personId, kind, cpPlanId, on, user.displayName());
        }
        long family = plans.insertFamily(user.displayName());
        long id = plans.insert(personId, kind, null, on, family, user.displayName());
        for (long sibling : group) {
            plans.insert(sibling, kind, null, on, family, user.displayName());
        }
        return id;
    }

    /** Who the start page offers to plan for together with the child. */
    List<PlanSiblings.Offer> siblingOffers(long personId, CurrentUser user) {
        return siblings.offers(personId, user);
    }

    /** A sibling's plan in the same group, named only when the viewer may open the sibling's record. */
    public record SiblingPlan(long id, Long personId, String childName, String status) {
        public boolean open() {
            return personId != null;
        }
    }

    /** The group's other plans, for the links between them (the caller has checked access to this plan). */
    public List<SiblingPlan> siblingPlans(ChildPlan plan, CurrentUser user) {
        if (!plan.inFamilyGroup()) {
            return List.of();
        }
        List<PlanRepository.GroupMember> others = plans.group(plan.familyPlanId()).stream()
                .filter(m -> m.planId() != plan.id()).toList();
        var visible = access.visibility(user, others.stream().map(PlanRepository.GroupMember::personId).toList());
        return others.stream().map(m -> Boolean.TRUE.equals(visible.get(m.personId()))
                ? new SiblingPlan(m.planId(), m.personId(), m.childName(), m.status())
                : new SiblingPlan(m.planId(), null, null, null)).toList();
    }

    /**
     * A child protection plan is decided by an initial conference, never started by hand: its
     * content begins as a draft the moment the conference decides the plan ({@link #onPlanStarted}).
     * Here only an open plan decided before that was so, whose content is still to be written, can
     * be given it; with no open plan the start is refused (400 naming kind), and with its content
     * already there it is a 409.
     */
    private ChildProtectionPlan cpPlanToWrite(long personId) {
        ChildProtectionPlan cp = conferences.openPlanOf(personId).orElseThrow(() -> new ValidationException("kind",
                NO_CONFERENCE));
        Optional<Long> existing = plans.planForCpPlan(cp.id());
        if (existing.isPresent()) {
            throw new ConflictException("The child protection plan already has its plan content: plan " + existing.get());
        }
        return cp;
    }

    static final String NO_CONFERENCE = "A child protection plan starts at the initial child protection conference that "
            + "decides it: the child has no open child protection plan. Record the conference, and its plan is there to write";

    /** The plan content a child protection plan's conference started (the caller has checked access); empty for one decided before. */
    public Optional<Long> contentOf(long cpPlanId) {
        return plans.planForCpPlan(cpPlanId);
    }

    /** The open child protection plan still waiting for its content, for the start page to offer; empty when there is none. */
    public Optional<ChildProtectionPlan> cpPlanAwaitingContent(long personId) {
        return conferences.openPlanOf(personId).filter(cp -> plans.planForCpPlan(cp.id()).isEmpty());
    }

    /**
     * The conference decided a plan: its content starts now, as a draft for the child's worker to
     * write, dated from the conference. In the conference's transaction, on its connection.
     */
    @EventListener
    void onPlanStarted(PlanStarted e) {
        if (plans.planForCpPlan(e.planId()).isEmpty()) {
            plans.insert(e.personId(), PlanKind.CP, e.planId(), e.startedOn(), e.decidedBy());
        }
    }

    public PlanState open(long planId, CurrentUser user, AccessLog.Channel channel, String path) {
        ChildPlan plan = plans.find(planId).orElseThrow(() -> notFound(planId));
        access.checkAndLogView(user, plan.personId(), channel, path);
        return state(plan);
    }

    /** The child's plans, newest first, for someone who may open the child's record. */
    public List<ChildPlan> listFor(long personId, CurrentUser user, AccessLog.Channel channel, String path) {
        access.checkAndLogView(user, personId, channel, path);
        return plans.forPerson(personId);
    }

    /**
     * A draft of a grouped plan reads the family's contingency as it is now; a finalised version
     * reads what was copied into it when it was finalised.
     */
    PlanState state(ChildPlan plan) {
        PlanVersion latest = plan.finalisedOnce() ? plans.version(plan.id(), plan.latestVersion()).orElseThrow() : null;
        FamilyPlan family = plan.inFamilyGroup() ? plans.family(plan.familyPlanId()).orElseThrow() : null;
        PlanContent draft = plan.draft() == null || family == null ? plan.draft() : withFamily(plan.draft(), family);
        PlanContent shown = draft != null ? draft : latest.content();
        java.util.Map<String, LocalDate> done = plans.actionsDone(plan.id());
        return new PlanState(plan, draft, latest, shown.withDone(done), latest == null ? null : latest.content().withDone(done),
                family);
    }

    private static PlanContent withFamily(PlanContent content, FamilyPlan family) {
        return content.withViews(content.childView(), family.contingency());
    }

    /** Replaces the whole draft (the API's PUT). */
    @Transactional
    public ChildPlan saveDraft(long planId, PlanContent content, Integer expectedVersion, CurrentUser user,
                               AccessLog.Channel channel) {
        return saveDraft(planId, content, expectedVersion, null, user, channel);
    }

    /** The API's PUT for a plan that may share its family part: {@code expectedFamilyVersion} is the family version read. */
    @Transactional
    public ChildPlan saveDraft(long planId, PlanContent content, Integer expectedVersion, Integer expectedFamilyVersion,
                               CurrentUser user, AccessLog.Channel channel) {
        return edit(planId, expectedVersion, expectedFamilyVersion, current -> content, user, channel);
    }

    /**
     * Changes the draft, starting one from the latest version when the plan is finalised.
     * {@code expectedVersion} (the draft version the user read) refuses a change made over
     * someone else's with a 409; null skips the check for one-field edits from a page.
     */
    @Transactional
    public ChildPlan edit(long planId, Integer expectedVersion, UnaryOperator<PlanContent> change, CurrentUser user,
                          AccessLog.Channel channel) {
        return edit(planId, expectedVersion, null, change, user, channel);
    }

    /**
     * As {@link #edit(long, Integer, UnaryOperator, CurrentUser, AccessLog.Channel)}, for a plan
     * of a sibling group: the contingency is the family's, written once for the group. A change to
     * it must say which family version it read ({@code expectedFamilyVersion}, 400 naming
     * familyVersion without it), and a stale one refuses the whole change (409), the child's own
     * parts with it. A change that leaves the contingency alone (a need, an action) needs none.
     */
    @Transactional
    public ChildPlan edit(long planId, Integer expectedVersion, Integer expectedFamilyVersion, UnaryOperator<PlanContent> change,
                          CurrentUser user, AccessLog.Channel channel) {
        requireWriter(user);
        ChildPlan plan = plans.lock(planId).orElseThrow(() -> notFound(planId));
        access.checkCanRecord(user, plan.personId(), channel, "/child-plans/" + planId);
        if (expectedVersion != null && expectedVersion != plan.draftVersion()) {
            throw new ConflictException("The plan has been changed since you opened it (version " + expectedVersion + ", now "
                    + plan.draftVersion() + "): open it again and make your change");
        }
        PlanState state = state(plan);
        // A finalised plan's next draft starts from its latest version with the family's contingency as it is now.
        PlanContent before = state.family() == null ? state.content() : withFamily(state.content(), state.family());
        PlanContent next = change.apply(before).withIds();
        validate(next);
        validateEntries(before, next);
        FamilyPlan family = state.family();
        if (family != null) {
            checkFamilyVersion(family, expectedFamilyVersion);
            if (!Objects.equals(blankToNull(next.contingency()), blankToNull(family.contingency()))) {
                if (expectedFamilyVersion == null) {
                    throw new ValidationException("familyVersion", "This plan shares its contingency with its siblings’ plans: "
                            + "send the familyVersion you read, so a change made on a sibling’s plan is not lost");
                }
                if (!plans.saveFamilyContingency(family.id(), expectedFamilyVersion, blankToNull(next.contingency()))) {
                    throw new FamilyPartChanged(expectedFamilyVersion, plans.family(family.id()).orElseThrow().version());
                }
            }
            // The child's own draft never holds the family's text: it is read from the family each time.
            next = next.withViews(next.childView(), null);
        }
        plans.saveDraft(planId, next);
        return plans.find(planId).orElseThrow();
    }

    private static void checkFamilyVersion(FamilyPlan family, Integer expected) {
        if (expected != null && expected != family.version()) {
            throw new FamilyPartChanged(expected, family.version());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public List<QualityIssue> check(long planId, CurrentUser user, AccessLog.Channel channel, String path) {
        return PlanQuality.check(open(planId, user, channel, path).content());
    }

    /**
     * Keeps the draft as the next version. {@code expectedVersion} is the draft version the user
     * read: a draft changed since (by a save or by someone else's finalise) is refused with a 409,
     * so nobody finalises content they have not seen.
     */
    @Transactional
    public PlanVersion finalise(long planId, int expectedVersion, CurrentUser user, AccessLog.Channel channel) {
        return finalise(planId, expectedVersion, null, user, channel);
    }

    /**
     * As {@link #finalise(long, int, CurrentUser, AccessLog.Channel)}; in a sibling group the
     * family's contingency as it is now is copied into the version, so the version never changes
     * when a sibling's plan goes on being written. {@code expectedFamilyVersion}, when sent, is
     * the family version read: a stale one finalises nothing (409), so nobody finalises a
     * contingency they have not seen.
     */
    @Transactional
    public PlanVersion finalise(long planId, int expectedVersion, Integer expectedFamilyVersion, CurrentUser user,
                                AccessLog.Channel channel) {
        requireWriter(user);
        ChildPlan plan = plans.lock(planId).orElseThrow(() -> notFound(planId));
        access.checkCanRecord(user, plan.personId(), channel, "/child-plans/" + planId + "/finalise");
        if (plan.draft() == null) {
            throw new ConflictException("Version " + plan.latestVersion()
                    + " is already finalised and nothing has changed since: edit the plan to start a new version");
        }
        if (expectedVersion != plan.draftVersion()) {
            throw new ConflictException("The plan has been changed since you opened it (version " + expectedVersion + ", now "
                    + plan.draftVersion() + "): nothing was finalised. Check the plan as it is now, then finalise it again");
        }
        PlanState state = state(plan);
        if (state.family() != null) {
            checkFamilyVersion(state.family(), expectedFamilyVersion);
        }
        PlanContent content = state.content();
        List<QualityIssue> issues = PlanQuality.check(content);
        if (!issues.isEmpty()) {
            throw new ValidationException(issues.stream().map(i -> new FieldProblem(i.field(), i.message())).toList());
        }
        int number = plan.latestVersion() + 1;
        plans.insertVersion(planId, number, content, user.displayName());
        events.append(NewEvent.of(EventType.PLAN_FINALISED, Instant.now(clock), user.displayName(),
                "Plan version " + number + " finalised (" + plan.kind().label().toLowerCase() + "): "
                        + content.outcomes().size() + plural(" outcome", content.outcomes().size()) + ", "
                        + content.actions().size() + plural(" action", content.actions().size()),
                describe(content), List.of(plan.personId())));
        return plans.version(planId, number).orElseThrow();
    }

    public List<PlanVersion> versions(long planId, CurrentUser user, AccessLog.Channel channel, String path) {
        open(planId, user, channel, path);
        return plans.versions(planId);
    }

    public PlanVersion version(long planId, int number, CurrentUser user, AccessLog.Channel channel, String path) {
        open(planId, user, channel, path);
        return plans.version(planId, number)
                .orElseThrow(() -> new NotFoundException("Plan " + planId + " has no version " + number));
    }

    public Optional<Summary> currentFor(long personId) {
        return plans.forPerson(personId).stream().findFirst()
                .map(p -> new Summary(p.id(), p.kind(), p.status(), reviews.lastReviewOn(p.id()).orElse(null)));
    }

    /**
     * The outcomes the child's current (latest) plan works towards, with ids that stay the same
     * across versions, so other records (visits) can say which outcome they worked towards.
     * The latest finalised version counts; a plan never finalised offers its draft, so visits
     * made while it is being written can be linked too. The caller has checked access.
     */
    public List<PlanContent.Outcome> currentOutcomes(long personId) {
        return plans.forPerson(personId).stream().findFirst().map(p -> latestOrDraft(p).outcomes()).orElse(List.of());
    }

    private PlanContent latestOrDraft(ChildPlan plan) {
        PlanState state = state(plan);
        return state.latestContent() != null ? state.latestContent() : state.content();
    }

    /** What a draft cannot hold whatever its state: these are refused on saving, unlike what {@link PlanQuality} finds. */
    void validate(PlanContent content) {
        Problems problems = new Problems();
        Set<String> ids = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
        tooLong(content.childView(), "childView", "The child’s view", problems);
        tooLong(content.contingency(), "contingency", "The contingency", problems);
        for (int i = 0; i < content.needs().size(); i++) {
            PlanContent.Need need = content.needs().get(i);
            String path = "needs[" + i + "]";
            unique(need.id(), path + ".id", ids, problems);
            tooLong(need.text(), path + ".text", "Need " + (i + 1), problems);
            for (int j = 0; j < need.outcomes().size(); j++) {
                PlanContent.Outcome o = need.outcomes().get(j);
                String op = path + ".outcomes[" + j + "]";
                unique(o.id(), op + ".id", ids, problems);
                String name = "outcome " + (j + 1) + " of need " + (i + 1);
                tooLong(o.text(), op + ".text", "The " + name, problems);
                tooLong(o.zeroMeans(), op + ".zeroMeans", "What 0 looks like for " + name, problems);
                tooLong(o.tenMeans(), op + ".tenMeans", "What 10 looks like for " + name, problems);
                if (o.baseline() != null && (o.baseline() < 0 || o.baseline() > 10)) {
                    problems.add(op + ".baseline", "The baseline for " + name + " must be a whole number from 0 to 10");
                }
            }
            for (int k = 0; k < need.actions().size(); k++) {
                PlanContent.Action a = need.actions().get(k);
                String ap = path + ".actions[" + k + "]";
                String name = "action " + (k + 1) + " of need " + (i + 1);
                unique(a.id(), ap + ".id", ids, problems);
                tooLong(a.what(), ap + ".what", "What is to be done in " + name, problems);
                tooLong(a.owner(), ap + ".owner", "Who does " + name, problems);
                if (a.outcomeId() != null && need.outcomes().stream().noneMatch(o -> o.id().equals(a.outcomeId()))) {
                    problems.add(ap + ".outcomeId", "The outcome of " + name + " must be one of need " + (i + 1) + "’s outcomes");
                }
                if (a.doneOn() != null && a.doneOn().isAfter(today)) {
                    problems.add(ap + ".doneOn", "The date " + name + " was done cannot be in the future");
                }
            }
        }
        problems.throwIfAny();
    }

    /**
     * What is checked of an action as it is written (added, or its wording, owner or date changed):
     * who does it, and a due date that has not already passed (today's is allowed: a London date,
     * from the injected clock). An action that only went overdue since it was written is left as
     * it was, so the rest of the plan can still be changed, and it shows as overdue.
     */
    void validateEntries(PlanContent before, PlanContent next) {
        Problems problems = new Problems();
        LocalDate today = LondonTime.today(clock);
        for (int i = 0; i < next.needs().size(); i++) {
            PlanContent.Need need = next.needs().get(i);
            for (int k = 0; k < need.actions().size(); k++) {
                PlanContent.Action a = need.actions().get(k);
                PlanContent.Action was = before.action(a.id()).orElse(null);
                String ap = "needs[" + i + "].actions[" + k + "]";
                String name = "action " + (k + 1) + " of need " + (i + 1);
                boolean written = was == null || !Objects.equals(was.what(), a.what()) || !Objects.equals(was.owner(), a.owner())
                        || !Objects.equals(was.dueOn(), a.dueOn());
                if (written && (a.owner() == null || a.owner().isBlank())) {
                    problems.add(ap + ".owner", "Enter who will do " + name + ": a named person and their role");
                }
                if ((was == null || !Objects.equals(was.dueOn(), a.dueOn())) && a.dueOn() != null && a.dueOn().isBefore(today)) {
                    problems.add(ap + ".dueOn", "The date " + name + " is due by cannot be in the past: give today, "
                            + Dates.govuk(today) + ", or a later date");
                }
            }
        }
        problems.throwIfAny();
    }

    private static void unique(String id, String field, Set<String> ids, Problems problems) {
        if (!ids.add(id)) {
            problems.add(field, "The id ‘" + id + "’ is used twice: each need, outcome and action needs its own");
        }
    }

    private static void tooLong(String text, String field, String label, Problems problems) {
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(field, label + " must be " + MAX_TEXT + " characters or fewer");
        }
    }

    static String describe(PlanContent content) {
        StringBuilder s = new StringBuilder();
        for (PlanContent.Need n : content.needs()) {
            s.append("Need: ").append(n.text()).append('\n');
            for (PlanContent.Outcome o : n.outcomes()) {
                s.append("  Outcome: ").append(o.text()).append(" (baseline ").append(o.baseline()).append("/10)\n");
                for (PlanContent.Action a : n.actionsFor(o.id())) {
                    s.append("    ").append(a.owner()).append(": ").append(a.what()).append(" by ")
                            .append(Dates.govuk(a.dueOn())).append('\n');
                }
            }
        }
        return s.append("\nThe child’s view: ").append(content.childView())
                .append("\n\nContingency: ").append(content.contingency()).toString();
    }

    static String plural(String word, int n) {
        return n == 1 ? word : word + "s";
    }

    static void requireWriter(CurrentUser user) {
        if (!canWrite(user.role())) {
            throw new RecordAccessDeniedException("Only a social worker or a team manager can write or finalise a plan");
        }
    }

    static NotFoundException notFound(long planId) {
        return new NotFoundException("There is no plan " + planId);
    }
}
