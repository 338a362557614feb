package org.opencsc.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of a finalised plan: each scores every outcome from 0 to 10 and marks actions done,
 * so progress can be followed from the baseline across reviews rather than read from prose.
 */
@Service
public class PlanReviews {

    private final PlanRepository plans;
    private final PlanReviewRepository reviews;
    private final ChildPlans childPlans;
    private final EventLog events;
    private final AccessPolicy access;
    private final Clock clock;

    PlanReviews(PlanRepository plans, PlanReviewRepository reviews, ChildPlans childPlans, EventLog events,
                AccessPolicy access, Clock clock) {
        this.plans = plans;
        this.reviews = reviews;
        this.childPlans = childPlans;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** The worker or manager records a review; a chair records the CP reviews they chair. */
    public static boolean canRecord(Role role) {
        return ChildPlans.canWrite(role) || role == Role.CONFERENCE_CHAIR;
    }

    @Transactional
    public long record(long planId, ReviewInput in, CurrentUser user, AccessLog.Channel channel) {
        if (!canRecord(user.role())) {
            throw new RecordAccessDeniedException("Only a social worker, a team manager or a conference chair can record a plan review");
        }
        ChildPlan plan = plans.lock(planId).orElseThrow(() -> ChildPlans.notFound(planId));
        access.checkCanRecord(user, plan.personId(), channel, "/child-plans/" + planId + "/reviews");
        if (!plan.finalisedOnce()) {
            throw new ConflictException("Finalise the plan before reviewing it: a review scores progress against a finalised version");
        }
        PlanState state = childPlans.state(plan);
        PlanContent content = state.latestContent();
        Problems problems = new Problems();
        checkMeeting(plan, in, problems);
        checkScores(content, in.scores() == null ? Map.of() : in.scores(), problems);
        Map<String, LocalDate> done = checkDone(content, in, problems);
        problems.throwIfAny();

        List<PlanReview> before = reviews.forPlan(planId);
        long id = reviews.insert(plan, new ReviewInput(in.kind(), in.coreGroupId(), in.conferenceId(), in.heldOn(),
                in.attendance(), in.scores(), done, in.decision()), user.displayName());
        reviews.markDone(planId, id, done);
        events.append(NewEvent.of(EventType.PLAN_REVIEW, LondonTime.placeDate(in.heldOn(), clock),
                user.displayName(), "Plan review (" + in.kind().label().toLowerCase() + "): " + movement(content, before, in.scores()),
                "Attended: " + in.attendance().trim() + "\n\nDecision: " + in.decision().trim()
                        + (done.isEmpty() ? "" : "\n\nActions done: " + done.size()), List.of(plan.personId())));
        return id;
    }

    public List<PlanReview> reviews(long planId, CurrentUser user, AccessLog.Channel channel, String path) {
        childPlans.open(planId, user, channel, path);
        return reviews.forPlan(planId);
    }

    /** Every outcome of the latest version with its baseline and review scores, oldest first. */
    public List<OutcomeProgress> progress(long planId, CurrentUser user, AccessLog.Channel channel, String path) {
        PlanState state = childPlans.open(planId, user, channel, path);
        return state.latest() == null ? List.of() : progress(state.plan(), state.latest().content(), reviews.forPlan(planId));
    }

    /**
     * The child's current plan's progress, if it has been finalised: every outcome's scores and
     * the overdue actions. The caller has checked access (it is shown on their page).
     */
    public Optional<PlanProgress> currentProgress(long personId) {
        Optional<ChildPlan> plan = plans.forPerson(personId).stream().findFirst().filter(ChildPlan::finalisedOnce);
        return plan.map(p -> {
            PlanContent content = childPlans.state(p).latestContent();
            LocalDate today = LocalDate.now(clock);
            return new PlanProgress(p.id(), p.kind(), p.latestVersion(), progress(p, content, reviews.forPlan(p.id())),
                    content.actions().stream().filter(a -> a.overdue(today)).toList());
        });
    }

    static List<OutcomeProgress> progress(ChildPlan plan, PlanContent content, List<PlanReview> reviews) {
        List<OutcomeProgress> result = new ArrayList<>();
        for (PlanContent.Outcome o : content.outcomes()) {
            List<OutcomeProgress.Point> points = new ArrayList<>();
            if (o.baseline() != null) {
                points.add(new OutcomeProgress.Point("Baseline", plan.startedOn(), o.baseline()));
            }
            for (PlanReview r : reviews) {
                Integer score = r.scores().get(o.id());
                if (score != null) {
                    points.add(new OutcomeProgress.Point(Dates.govuk(r.heldOn()), r.heldOn(), score));
                }
            }
            result.add(new OutcomeProgress(o.id(), o.text(), o.zeroMeans(), o.tenMeans(), List.copyOf(points)));
        }
        return result;
    }

    private void checkMeeting(ChildPlan plan, ReviewInput in, Problems problems) {
        if (in.kind() == null) {
            problems.add("kind", "Choose which meeting reviewed the plan");
        } else if (in.kind() != ReviewKind.CIN_REVIEW && plan.kind() != PlanKind.CP) {
            problems.add("kind", "Core groups and review conferences review child protection plans: choose child in need review");
        }
        if (in.coreGroupId() != null && (in.kind() != ReviewKind.CORE_GROUP
                || !Objects.equals(reviews.cpPlanOfCoreGroup(in.coreGroupId()).orElse(null), plan.cpPlanId()))) {
            problems.add("coreGroupId", "Core group " + in.coreGroupId() + " is not a core group of this child protection plan");
        }
        if (in.conferenceId() != null && (in.kind() != ReviewKind.CP_REVIEW
                || !Objects.equals(reviews.cpPlanOfReviewConference(in.conferenceId()).orElse(null), plan.cpPlanId()))) {
            problems.add("conferenceId", "Conference " + in.conferenceId() + " is not a review conference of this child protection plan");
        }
        if (in.heldOn() == null) {
            problems.add("heldOn", "Enter the date of the review");
        } else if (in.heldOn().isAfter(LocalDate.now(clock))) {
            problems.add("heldOn", "A review is recorded once it has happened: the date cannot be in the future");
        } else if (in.heldOn().isBefore(plan.startedOn())) {
            problems.add("heldOn", "The review cannot be before the plan started on " + Dates.govuk(plan.startedOn()));
        }
        if (PlanQuality.blank(in.attendance())) {
            problems.add("attendance", "Enter who attended the review");
        }
        if (PlanQuality.blank(in.decision())) {
            problems.add("decision", "Enter what the review decided");
        }
    }

    private static void checkScores(PlanContent content, Map<String, Integer> scores, Problems problems) {
        Map<String, String> names = content.outcomeNames();
        for (PlanContent.Outcome o : content.outcomes()) {
            Integer score = scores.get(o.id());
            String name = names.get(o.id());
            if (score == null) {
                problems.add("scores." + o.id(), "Enter a progress score from 0 to 10 for " + name);
            } else if (score < 0 || score > 10) {
                problems.add("scores." + o.id(), "The score for " + name + " must be from 0 to 10 (0 is ‘" + o.zeroMeans()
                        + "’, 10 is ‘" + o.tenMeans() + "’)");
            }
        }
        scores.keySet().stream().filter(id -> !names.containsKey(id))
                .forEach(id -> problems.add("scores." + id, "There is no outcome ‘" + id + "’ in the finalised plan"));
    }

    /** The actions to mark done, each with its date (the review's date when none is given). */
    private Map<String, LocalDate> checkDone(PlanContent content, ReviewInput in, Problems problems) {
        Map<String, LocalDate> done = new LinkedHashMap<>();
        Map<String, LocalDate> asked = in.actionsDone() == null ? Map.of() : in.actionsDone();
        asked.forEach((id, on) -> {
            Optional<PlanContent.Action> action = content.action(id);
            LocalDate date = on == null ? in.heldOn() : on;
            if (action.isEmpty()) {
                problems.add("actionsDone." + id, "There is no action ‘" + id + "’ in the finalised plan");
            } else if (date != null && date.isAfter(LocalDate.now(clock))) {
                problems.add("actionsDone." + id, "An action cannot be done in the future");
            } else if (action.get().doneOn() == null && date != null) {
                done.put(id, date);
            }
        });
        return done;
    }

    /** "progress 3→6 on ‘Kai gets to school on time’; 2→2 on ‘…’", from the previous score or the baseline. */
    static String movement(PlanContent content, List<PlanReview> before, Map<String, Integer> scores) {
        Map<String, Integer> previous = new HashMap<>();
        content.outcomes().forEach(o -> previous.put(o.id(), o.baseline()));
        before.forEach(r -> previous.putAll(r.scores()));
        List<String> parts = content.outcomes().stream()
                .map(o -> previous.get(o.id()) + "→" + scores.get(o.id()) + " on ‘" + shorten(o.text()) + "’").toList();
        return "progress " + String.join("; ", parts);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
