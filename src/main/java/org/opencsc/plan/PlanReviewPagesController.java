package org.opencsc.plan;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Recording a review (a 0-10 score per outcome, actions done) and reading it with the progress charts. */
@Controller
class PlanReviewPagesController {

    private static final AccessLog.Channel WEB = AccessLog.Channel.WEB;

    /** The review as typed; each outcome's score arrives as "scores.{outcomeId}". */
    public record ReviewForm(String kind, String heldOnDay, String heldOnMonth, String heldOnYear, String attendance,
                             List<String> done, String decision) {
    }

    private final ChildPlans plans;
    private final PlanReviews reviews;
    private final PlanPage page;
    private final CurrentUsers currentUsers;

    PlanReviewPagesController(ChildPlans plans, PlanReviews reviews, PlanPage page, CurrentUsers currentUsers) {
        this.plans = plans;
        this.reviews = reviews;
        this.page = page;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/child-plans/{planId}/reviews/new")
    String form(@PathVariable long planId, Model model, HttpServletRequest request) {
        PlanState state = reviewable(planId, request);
        String kind = state.plan().kind() == PlanKind.CIN ? ReviewKind.CIN_REVIEW.name() : null;
        model.addAttribute("form", new ReviewForm(kind, null, null, null, null, List.of(), null));
        return formPage(state, Map.of(), new Problems(), model);
    }

    @PostMapping("/child-plans/{planId}/reviews")
    String record(@PathVariable long planId, @ModelAttribute("form") ReviewForm form, Model model, HttpServletRequest request) {
        PlanState state = reviewable(planId, request);
        Problems problems = new Problems();
        ReviewKind kind = Arrays.stream(ReviewKind.values()).filter(k -> k.name().equals(form.kind())).findFirst().orElse(null);
        LocalDate held = DateParts.fromParts(form.heldOnDay(), form.heldOnMonth(), form.heldOnYear(), "heldOn",
                "The date of the review", problems);
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, String> names = state.latest().content().outcomeNames();
        for (PlanContent.Outcome o : state.latest().content().outcomes()) {
            String field = "scores." + o.id();
            String text = request.getParameter(field);
            typed.put(o.id(), text);
            Integer score = PlanItemPagesController.score(text, field, "The score for " + names.get(o.id()), problems);
            if (score != null) {
                scores.put(o.id(), score);
            } else if (!problems.has(field)) {
                problems.add(field, "Enter a progress score from 0 to 10 for " + names.get(o.id()));
            }
        }
        Map<String, LocalDate> done = new LinkedHashMap<>();
        (form.done() == null ? List.<String>of() : form.done()).forEach(id -> done.put(id, null));
        if (problems.isEmpty()) {
            try {
                long id = reviews.record(planId, new ReviewInput(kind, null, null, held, form.attendance(), scores, done,
                        form.decision()), currentUsers.current(), WEB);
                return "redirect:/child-plans/" + planId + "/reviews/" + id;
            } catch (ValidationException e) {
                problems.addAll(e);
            } catch (ConflictException e) {
                problems.add("heldOn", e.getMessage());
            }
        } else if (kind == null) {
            problems.add("kind", "Choose which meeting reviewed the plan");
        }
        return formPage(state, typed, problems, model);
    }

    @GetMapping("/child-plans/{planId}/reviews/{reviewId}")
    String review(@PathVariable long planId, @PathVariable long reviewId, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        List<PlanReview> all = reviews.reviews(planId, user, WEB, request.getRequestURI());
        PlanReview review = all.stream().filter(r -> r.id() == reviewId).findFirst()
                .orElseThrow(() -> new NotFoundException("Plan " + planId + " has no review " + reviewId));
        PlanState state = plans.open(planId, user, WEB, request.getRequestURI());
        page.child(state.plan().personId(), model);
        // The charts run to this review, so an earlier review shows progress as it stood then.
        List<PlanReview> upTo = all.subList(0, all.indexOf(review) + 1);
        model.addAttribute("plan", state.plan());
        model.addAttribute("review", review);
        model.addAttribute("planContent", state.latestContent());
        model.addAttribute("progress", PlanReviews.progress(state.plan(), state.latest().content(), upTo));
        return "plan/review";
    }

    private String formPage(PlanState state, Map<String, String> typed, Problems problems, Model model) {
        page.child(state.plan().personId(), model);
        model.addAttribute("plan", state.plan());
        model.addAttribute("planContent", state.latestContent());
        model.addAttribute("kinds", state.plan().kind() == PlanKind.CIN ? List.of(ReviewKind.CIN_REVIEW) : List.of(ReviewKind.values()));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", problems);
        return "plan/review-form";
    }

    private PlanState reviewable(long planId, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        if (!PlanReviews.canRecord(user.role())) {
            throw new RecordAccessDeniedException("Only a social worker, a team manager or a conference chair can record a plan review");
        }
        PlanState state = plans.open(planId, user, WEB, request.getRequestURI());
        if (state.latest() == null) {
            throw new ConflictException("Finalise the plan before reviewing it");
        }
        return state;
    }
}
