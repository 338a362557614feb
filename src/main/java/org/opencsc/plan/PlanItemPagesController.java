package org.opencsc.plan;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.validation.WholeNumbers;
import org.opencsc.platform.web.ConflictException;
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

    /** Each form carries the draft version it was read at (a whole number, or the form is refused), so a save over a change made since is refused. */
    public record NeedForm(String text, Integer draftVersion) {
    }

    public record OutcomeForm(String text, String zeroMeans, String tenMeans, String baseline, Integer draftVersion) {
    }

    public record ActionForm(String what, String owner, String dueOnDay, String dueOnMonth, String dueOnYear, String outcomeId,
                             String doneOnDay, String doneOnMonth, String doneOnYear, Integer draftVersion) {
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
        String gone = missingPart(state.content(), needId, null, null);
        if (gone != null) {
            return gone(state, gone, Map.of(), model);
        }
        PlanContent.Need need = needId == null ? null : need(state.content(), needId);
        model.addAttribute("form", new NeedForm(need == null ? null : need.text(), state.plan().draftVersion()));
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
                : c.withNeed(with(need(c, needId), text)), "plan/need", needId, null, typed("The need", form.text()),
                model, request);
    }

    // Outcomes

    @GetMapping({"/child-plans/{planId}/needs/{needId}/outcomes/new", "/child-plans/{planId}/needs/{needId}/outcomes/{outcomeId}"})
    String outcomeForm(@PathVariable long planId, @PathVariable String needId, @PathVariable(required = false) String outcomeId,
                       Model model, HttpServletRequest request) {
        PlanState state = writable(planId, request);
        String gone = missingPart(state.content(), needId, outcomeId, null);
        if (gone != null) {
            return gone(state, gone, Map.of(), model);
        }
        PlanContent.Outcome o = outcomeId == null ? null : outcome(state.content(), outcomeId);
        model.addAttribute("form", o == null ? new OutcomeForm(null, null, null, null, state.plan().draftVersion())
                : new OutcomeForm(o.text(), o.zeroMeans(), o.tenMeans(), o.baseline() == null ? null : o.baseline().toString(),
                state.plan().draftVersion()));
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
                "plan/outcome", needId, outcomeId, typed("The outcome", form.text(), "What 0 looks like", form.zeroMeans(),
                        "What 10 looks like", form.tenMeans(), "The baseline", form.baseline()), model, request);
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
        String gone = missingPart(state.content(), needId, null, actionId);
        if (gone != null) {
            return gone(state, gone, Map.of(), model);
        }
        Integer version = state.plan().draftVersion();
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
        if (DateParts.isBlank(form.owner())) {
            problems.add("owner", "Enter who will do it: a named person and their role");
        }
        LocalDate due = DateParts.fromParts(form.dueOnDay(), form.dueOnMonth(), form.dueOnYear(), "dueOn", "The due date", problems);
        LocalDate done = DateParts.fromParts(form.doneOnDay(), form.doneOnMonth(), form.doneOnYear(), "doneOn", "The date it was done",
                problems);
        String id = actionId == null ? PlanContent.newId() : actionId;
        PlanContent.Action action = new PlanContent.Action(id, PlanPagesController.trim(form.outcomeId()),
                PlanPagesController.trim(form.what()), PlanPagesController.trim(form.owner()), due, done);
        return save(planId, form.draftVersion(), problems, "what", c -> c.withNeed(withAction(need(c, needId), action)),
                "plan/action", needId, actionId, typed("What will be done", form.what(), "Who", form.owner(),
                        "By when", dateTyped(form.dueOnDay(), form.dueOnMonth(), form.dueOnYear()),
                        "Done on", dateTyped(form.doneOnDay(), form.doneOnMonth(), form.doneOnYear())), model, request);
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

    private String save(long planId, Integer draftVersion, Problems problems, String firstField, UnaryOperator<PlanContent> change,
                        String template, String needId, String itemId, Map<String, String> typed, Model model,
                        HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        if (problems.isEmpty()) {
            try {
                plans.edit(planId, required(draftVersion), change, user, WEB);
                return "redirect:/child-plans/" + planId;
            } catch (ValidationException e) {
                // The service names fields by their place in the plan; the form has one field of each.
                e.problems().forEach(p -> problems.add(fieldOf(p.field(), firstField), p.message()));
            } catch (PlanPartGone e) {
                // Only reached when the version matched: the part went in the same change the form was read at.
                return gone(plans.open(planId, user, WEB, request.getRequestURI()), e.getMessage(), typed, model);
            } catch (ConflictException e) {
                problems.add(firstField, e.getMessage());
            }
        }
        PlanState state = plans.open(planId, user, WEB, request.getRequestURI());
        String gone = missingPart(state.content(), needId, "plan/outcome".equals(template) ? itemId : null,
                "plan/action".equals(template) ? itemId : null);
        if (gone != null) {
            // The form cannot be shown again for a part that is no longer there: the plan page says so and shows what was typed.
            return gone(state, gone, typed, model);
        }
        return itemPage(state, template, needId, itemId, problems, model);
    }

    /**
     * The plan page, saying that the need, outcome or action a form was for has been removed
     * from the draft since the form was opened, with what was typed (not saved) beside it.
     */
    private String gone(PlanState state, String message, Map<String, String> typed, Model model) {
        model.addAttribute("unsaved", typed);
        return page.show(state, List.of(), false, new Problems().add("needs", message
                + (typed.isEmpty() ? "" : " Nothing was saved: what you typed is shown below.")), currentUsers.current(), model);
    }

    /** Why the form for this part cannot be shown: its need, outcome or action is no longer in the draft; null when all are there. */
    static String missingPart(PlanContent c, String needId, String outcomeId, String actionId) {
        if (needId != null && c.need(needId).isEmpty()) {
            return "The need this form was for is no longer in the plan: someone removed it from the draft.";
        }
        if (outcomeId != null && c.outcome(outcomeId).isEmpty()) {
            return "The outcome this form was for is no longer in the plan: someone removed it from the draft.";
        }
        if (actionId != null && c.action(actionId).isEmpty()) {
            return "The action this form was for is no longer in the plan: someone removed it from the draft.";
        }
        return null;
    }

    /** What was typed, by label, leaving out what was left blank; for the plan page when the form cannot be shown again. */
    private static Map<String, String> typed(String... labelsAndValues) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            if (!DateParts.isBlank(labelsAndValues[i + 1])) {
                typed.put(labelsAndValues[i], labelsAndValues[i + 1]);
            }
        }
        return typed;
    }

    private static String dateTyped(String day, String month, String year) {
        return DateParts.isBlank(day) && DateParts.isBlank(month) && DateParts.isBlank(year) ? null
                : String.join(" ", day == null ? "" : day, month == null ? "" : month, year == null ? "" : year).strip();
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

    /**
     * The draft version a form was read at. Every plan form sends it; one without it is refused
     * (a 400 page) rather than saved without the check, which would let it overwrite a change
     * made since. A value that is not a whole number never gets here: the binder refuses it.
     */
    static int required(Integer draftVersion) {
        if (draftVersion == null) {
            throw new ValidationException("draftVersion", "The form was sent without the version of the plan it was based on, "
                    + "so it cannot be checked against changes made since. Go back to the plan, reload it and try again.");
        }
        return draftVersion;
    }

    /** A 0-10 score as typed; null when blank. */
    static Integer score(String text, String field, String label, Problems problems) {
        if (DateParts.isBlank(text)) {
            return null;
        }
        Integer score = WholeNumbers.intOrEmpty(text).orElse(null);
        if (score != null && score >= 0 && score <= 10) {
            return score;
        }
        problems.add(field, label + " must be a whole number from 0 to 10");
        return null;
    }

    private static PlanContent.Need with(PlanContent.Need need, String text) {
        return new PlanContent.Need(need.id(), text, need.outcomes(), need.actions());
    }

    static PlanContent.Need need(PlanContent c, String needId) {
        return c.need(needId).orElseThrow(() -> new PlanPartGone(missingPart(c, needId, null, null)));
    }

    private static PlanContent.Outcome outcome(PlanContent c, String id) {
        return c.outcome(id).orElseThrow(() -> new PlanPartGone(missingPart(c, null, id, null)));
    }

    private static PlanContent.Action action(PlanContent c, String id) {
        return c.action(id).orElseThrow(() -> new PlanPartGone(missingPart(c, null, null, id)));
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
