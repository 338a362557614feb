package org.opencsc.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model for the plan page, which several forms re-render (with the check's issues, or a refusal). */
@Component
class PlanPage {

    private final PersonRepository people;
    private final PlanReviewRepository reviews;
    private final ChildPlans plans;
    private final Clock clock;

    PlanPage(PersonRepository people, PlanReviewRepository reviews, ChildPlans plans,
             Clock clock) {
        this.plans = plans;
        this.people = people;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The child's name and today's date, for every plan page. */
    void child(long personId, Model model) {
        model.addAttribute("child", people.find(personId).orElseThrow());
        model.addAttribute("today", LocalDate.now(clock));
    }

    String show(PlanState state, List<QualityIssue> issues, boolean checked, Problems problems, CurrentUser user, Model model) {
        child(state.plan().personId(), model);
        List<PlanReview> planReviews = reviews.forPlan(state.plan().id());
        Map<String, List<String>> byAnchor = new LinkedHashMap<>();
        issues.forEach(i -> byAnchor.computeIfAbsent(i.anchor(), k -> new java.util.ArrayList<>()).add(i.message()));
        model.addAttribute("state", state);
        model.addAttribute("plan", state.plan());
        model.addAttribute("planContent", state.content());
        model.addAttribute("issues", issues);
        model.addAttribute("issuesAt", byAnchor);
        model.addAttribute("checked", checked);
        model.addAttribute("errors", problems);
        model.addAttribute("canWrite", ChildPlans.canWrite(user.role()));
        model.addAttribute("canReview", PlanReviews.canRecord(user.role()) && state.latest() != null);
        model.addAttribute("reviews", planReviews);
        model.addAttribute("siblingPlans", plans.siblingPlans(state.plan(), user));
        model.addAttribute("progress", state.latest() == null ? List.of()
                : PlanReviews.progress(state.plan(), state.latest().content(), planReviews));
        return "plan/plan";
    }
}
