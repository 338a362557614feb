package org.opencsc.plan;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The small forms that build a plan one part at a time: add or change a need, an outcome of a
 * need, an action towards an outcome. Each saves the draft; a form with a problem is shown
 * again with what was typed.
 */
@Controller
class PlanItemPagesController {

    private static final AccessLog.Channel WEB = AccessLog.Channel.WEB;

    public record NeedForm(String text, String draftVersion) {
    }

    public record OutcomeForm(String text, String zeroMeans, String tenMeans, String baseline, String draftVersion) {
    }

    public record ActionForm(String what, String owner, String dueOnDay, String dueOnMonth, String dueOnYear, String outcomeId,
                             String doneOnDay, String doneOnMonth, String doneOnYear, String draftVersion) {
    }

    private final ChildPlans plans;
    private final PlanPage page;
    private final CurrentUsers currentUsers;

    PlanItemPagesController(ChildPlans plans, PlanPage page, CurrentUsers currentUsers) {
        this.plans = plans;
        this.page = page;
        this.currentUsers = currentUsers;
    }

    // Needs

    @GetMapping({"/child-plans/{planId}/needs/new", "/child-plans/{planId}/needs/{needId}"})
    String needForm(@PathVariable long planId, @PathVariable(required = false) String needId, Model model,
                    HttpServletRequest request) {
        PlanState state = writable(planId, request);
        PlanContent.Need need = needId == null ? null : need(state.content(), needId);
        model.addAttribute("form", new NeedForm(need == null ? null : need.text(), String.valueOf(state.plan().draftVersion())));
        return itemPage(state, "plan/need", needId, null, new Problems(), model);
    }

    @PostMapping({"/child-plans/{planId}/needs", "/child-plans/{planId}/needs/{needId}"})
    String saveNeed(@PathVariable long planId, @PathVariable(required = false) String needId,
                    @ModelAttribute("form") NeedForm form, Model model, HttpServletRequest request) {
        Problems problems = new Problems();
        if (DateParts.isBlank(form.text())) {
            problems.add("text", "Enter what the child needs");
        }
        String text = PlanPagesController.trim(form.text());
        return save(planId, form.draftVersion(), problems, "text", c -> needId == null
                ? c.withNeed(new PlanContent.Need(PlanContent.newId(), text, List.of(), List.of()))
                : c.withNeed(with(need(c, needId), text)), "plan/need", needId, null, model, request);
    }

    // Outcomes

    @GetMapping({"/child-plans/{planId}/needs/{needId}/outcomes/new", "/child-plans/{planId}/needs/{needId}/outcomes/{outcomeId}"})
    String outcomeForm(@PathVariable long planId, @PathVariable String needId, @PathVariable(required = false) String outcomeId,
                       Model model, HttpServletRequest request) {
        PlanState state = writable(planId, request);
        need(state.content(), needId);
        PlanContent.Outcome o = outcomeId == null ? null : outcome(state.content(), outcomeId);
        model.addAttribute("form", o == null ? new OutcomeForm(null, null, null, null, String.valueOf(state.plan().draftVersion()))
                : new OutcomeForm(o.text(), o.zeroMeans(), o.tenMeans(), o.baseline() == null ? null : o.baseline().toString(),
                String.valueOf(state.plan().draftVersion())));
        return itemPage(state, "plan/outcome", needId, outcomeId, new Problems(), model);
    }

    @PostMapping({"/child-plans/{planId}/needs/{needId}/outcomes", "/child-plans/{planId}/needs/{needId}/outcomes/{outcomeId}"})
    String saveOutcome(@PathVariable long planId, @PathVariable String needId, @PathVariable(required = false) String outcomeId,
                       @ModelAttribute("form") OutcomeForm form, Model model, HttpServletRequest request) {
        Problems problems = new Problems();
        if (DateParts.isBlank(form.text())) {
            problems.add("text", "Enter what will change for the child, for example ‘Kai gets to school on time every day’");
        }
        Integer baseline = score(form.baseline(), "baseline", "The baseline", problems);
        String id = outcomeId == null ? PlanContent.newId() : outcomeId;
        PlanContent.Outcome outcome = new PlanContent.Outcome(id, PlanPagesController.trim(form.text()),
                PlanPagesController.trim(form.zeroMeans()), PlanPagesController.trim(form.tenMeans()), baseline);
        return save(planId, form.draftVersion(), problems, "text", c -> c.withNeed(withOutcome(need(c, needId), outcome)),
                "plan/outcome", needId, outcomeId, model, request);
    }

    /**
     * Adds or replaces the outcome. The first outcome of a need takes the need's actions: in a
     * task-only plan they were all for that need, and now say what they work towards.
     */
    static PlanContent.Need withOutcome(PlanContent.Need need, PlanContent.Outcome outcome) {
        List<PlanContent.Outcome> outcomes = new ArrayList<>(need.outcomes());
        int at = outcomes.stream().map(PlanContent.Outcome::id).toList().indexOf(outcome.id());
        List<PlanContent.Action> actions = need.actions();
        if (at >= 0) {
            outcomes.set(at, outcome);
        } else {
            if (outcomes.isEmpty()) {
                actions = actions.stream().map(a -> new PlanContent.Action(a.id(), outcome.id(), a.what(), a.owner(), a.dueOn(),
                        a.doneOn())).toList();
            }
            outcomes.add(outcome);
        }
        return new PlanContent.Need(need.id(), need.text(), outcomes, actions);
    }

    // Actions

    @GetMapping({"/child-plans/{planId}/needs/{needId}/actions/new", "/child-plans/{planId}/needs/{needId}/actions/{actionId}"})
    String actionForm(@PathVariable long planId, @PathVariable String needId, @PathVariable(required = false) String actionId,
                      @RequestParam(required = false) String outcome, Model model, HttpServletRequest request) {
        PlanState state = writable(planId, request);
        need(state.content(), needId);
        String version = String.valueOf(state.plan().draftVersion());
        PlanContent.Action a = actionId == null ? null : action(state.content(), actionId);
        model.addAttribute("form", a == null ? new ActionForm(null, null, null, null, null, outcome, null, null, null, version)
                : new ActionForm(a.what(), a.owner(), day(a.dueOn()), month(a.dueOn()), year(a.dueOn()), a.outcomeId(),
                day(a.doneOn()), month(a.doneOn()), year(a.doneOn()), version));
        return itemPage(state, "plan/action", needId, actionId, new Problems(), model);
    }

    @PostMapping({"/child-plans/{planId}/needs/{needId}/actions", "/child-plans/{planId}/needs/{needId}/actions/{actionId}"})
    String saveAction(@PathVariable long planId, @PathVariable String needId, @PathVariable(required = false) String actionId,
                      @ModelAttribute("form") ActionForm form, Model model, HttpServletRequest request) {
        Problems problems = new Problems();
        if (DateParts.isBlank(form.what())) {
            problems.add("what", "Enter what will be done");
        }
        LocalDate due = DateParts.fromParts(form.dueOnDay(), form.dueOnMonth(), form.dueOnYear(), "dueOn", "The due date", problems);
        LocalDate done = DateParts.fromParts(form.doneOnDay(), form.doneOnMonth(), form.doneOnYear(), "doneOn", "The date it was done",
                problems);
        String id = actionId == null ? PlanContent.newId() : actionId;
        PlanContent.Action action = new PlanContent.Action(id, PlanPagesController.trim(form.outcomeId()),
                PlanPagesController.trim(form.what()), PlanPagesController.trim(form.owner()), due, done);
        return save(planId, form.draftVersion(), problems, "what", c -> c.withNeed(withAction(need(c, needId), action)),
                "plan/action", needId, actionId, model, request);
    }

    static PlanContent.Need withAction(PlanContent.Need need, PlanContent.Action action) {
        List<PlanContent.Action> actions = new ArrayList<>(need.actions());
        int at = actions.stream().map(PlanContent.Action::id).toList().indexOf(action.id());
        if (at >= 0) {
            actions.set(at, action);
        } else {
            actions.add(action);
        }
        return new PlanContent.Need(need.id(), need.text(), need.outcomes(), actions);
    }

    // Shared

    private String save(long planId, String draftVersion, Problems problems, String firstField, UnaryOperator<PlanContent> change,
                        String template, String needId, String itemId, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        if (problems.isEmpty()) {
            try {
                plans.edit(planId, version(draftVersion), change, user, WEB);
                return "redirect:/child-plans/" + planId;
            } catch (ValidationException e) {
                // The service names fields by their place in the plan; the form has one field of each.
                e.problems().forEach(p -> problems.add(fieldOf(p.field(), firstField), p.message()));
            } catch (ConflictException e) {
                problems.add(firstField, e.getMessage());
            }
        }
        return itemPage(plans.open(planId, user, WEB, request.getRequestURI()), template, needId, itemId, problems, model);
    }

    private String itemPage(PlanState state, String template, String needId, String itemId, Problems problems, Model model) {
        page.child(state.plan().personId(), model);
        PlanContent.Need need = needId == null ? null : need(state.content(), needId);
        model.addAttribute("plan", state.plan());
        model.addAttribute("need", need);
        model.addAttribute("needNumber", need == null ? state.content().needs().size() + 1 : state.content().needs().indexOf(need) + 1);
        model.addAttribute("itemId", itemId);
        model.addAttribute("errors", problems);
        return template;
    }

    private PlanState writable(long planId, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        ChildPlans.requireWriter(user);
        return plans.open(planId, user, WEB, request.getRequestURI());
    }

    static String fieldOf(String path, String fallback) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return List.of("text", "zeroMeans", "tenMeans", "baseline", "what", "owner", "dueOn", "doneOn", "outcomeId").contains(last)
                ? last : fallback;
    }

    static Integer version(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A 0-10 score as typed; null when blank. */
    static Integer score(String text, String field, String label, Problems problems) {
        if (DateParts.isBlank(text)) {
            return null;
        }
        try {
            int score = Integer.parseInt(text.trim());
            if (score >= 0 && score <= 10) {
                return score;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number outside the scale
        }
        problems.add(field, label + " must be a whole number from 0 to 10");
        return null;
    }

    private static PlanContent.Need with(PlanContent.Need need, String text) {
        return new PlanContent.Need(need.id(), text, need.outcomes(), need.actions());
    }

    static PlanContent.Need need(PlanContent c, String needId) {
        return c.need(needId).orElseThrow(() -> new NotFoundException("The plan has no need " + needId));
    }

    private static PlanContent.Outcome outcome(PlanContent c, String id) {
        return c.outcome(id).orElseThrow(() -> new NotFoundException("The plan has no outcome " + id));
    }

    private static PlanContent.Action action(PlanContent c, String id) {
        return c.action(id).orElseThrow(() -> new NotFoundException("The plan has no action " + id));
    }

    private static String day(LocalDate d) {
        return d == null ? null : String.valueOf(d.getDayOfMonth());
    }

    private static String month(LocalDate d) {
        return d == null ? null : String.valueOf(d.getMonthValue());
    }

    private static String year(LocalDate d) {
        return d == null ? null : String.valueOf(d.getYear());
    }
}
