package org.opencsc.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a plan says: the child's needs, for each need the outcomes (a change for the child,
 * measured on a 0-10 scale from a baseline) and the actions (who does what by when) towards
 * them, the child's view in their words, and what happens if progress is not made.
 * <p>
 * Actions belong to a need and name the outcome they work towards: a task-only plan (actions,
 * no outcomes) can then be drafted, shown for what it is, and fixed by adding the outcome.
 */
public record PlanContent(List<Need> needs, String childView, String contingency) {

    public PlanContent {
        needs = needs == null ? List.of() : List.copyOf(needs);
    }

    public static PlanContent empty() {
        return new PlanContent(List.of(), null, null);
    }

    public record Need(String id, String text, List<Outcome> outcomes, List<Action> actions) {
        public Need {
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
            actions = actions == null ? List.of() : List.copyOf(actions);
        }

        public List<Action> actionsFor(String outcomeId) {
            return actions.stream().filter(a -> outcomeId.equals(a.outcomeId())).toList();
        }

        /** Actions not yet linked to any of this need's outcomes. */
        public List<Action> unlinkedActions() {
            return actions.stream().filter(a -> outcomes.stream().noneMatch(o -> o.id().equals(a.outcomeId()))).toList();
        }
    }

    /** A change for the child; {@code zeroMeans} and {@code tenMeans} say what the ends of the scale look like. */
    public record Outcome(String id, String text, String zeroMeans, String tenMeans, Integer baseline) {
    }

    public record Action(String id, String outcomeId, String what, String owner, LocalDate dueOn, LocalDate doneOn) {

        /** "Done", "Overdue" (due date passed, not done) or "Open". */
        public String status(LocalDate today) {
            return doneOn != null ? "Done" : overdue(today) ? "Overdue" : "Open";
        }

        public boolean overdue(LocalDate today) {
            return doneOn == null && dueOn != null && dueOn.isBefore(today);
        }

        Action withDoneOn(LocalDate on) {
            return new Action(id, outcomeId, what, owner, dueOn, on);
        }
    }

    public List<Outcome> outcomes() {
        return needs.stream().flatMap(n -> n.outcomes().stream()).toList();
    }

    public List<Action> actions() {
        return needs.stream().flatMap(n -> n.actions().stream()).toList();
    }

    public Optional<Need> need(String needId) {
        return needs.stream().filter(n -> n.id().equals(needId)).findFirst();
    }

    public Optional<Outcome> outcome(String outcomeId) {
        return outcomes().stream().filter(o -> o.id().equals(outcomeId)).findFirst();
    }

    public Optional<Action> action(String actionId) {
        return actions().stream().filter(a -> a.id().equals(actionId)).findFirst();
    }

    /** The same content with every missing id filled in, so outcomes and actions can be followed across versions. */
    public PlanContent withIds() {
        return new PlanContent(needs.stream().map(n -> new Need(idOr(n.id()), n.text(),
                n.outcomes().stream().map(o -> new Outcome(idOr(o.id()), o.text(), o.zeroMeans(), o.tenMeans(), o.baseline())).toList(),
                n.actions().stream().map(a -> new Action(idOr(a.id()), a.outcomeId(), a.what(), a.owner(), a.dueOn(), a.doneOn())).toList()))
                .toList(), childView, contingency);
    }

    /** A copy with one need replaced (or added when its id is new). */
    public PlanContent withNeed(Need need) {
        List<Need> list = new ArrayList<>(needs);
        int at = indexOf(need.id());
        if (at < 0) {
            list.add(need);
        } else {
            list.set(at, need);
        }
        return new PlanContent(list, childView, contingency);
    }

    /**
     * A copy without one need, its outcomes and its actions. Removing is from the draft only:
     * every finalised version keeps what it said, and reviews keep their scores.
     */
    public PlanContent withoutNeed(String needId) {
        return new PlanContent(needs.stream().filter(n -> !n.id().equals(needId)).toList(), childView, contingency);
    }

    /**
     * A copy without one outcome. Actions that worked towards it stay, no longer linked, so the
     * quality check asks which outcome they serve rather than losing them silently.
     */
    public PlanContent withoutOutcome(String needId, String outcomeId) {
        return need(needId).map(n -> withNeed(new Need(n.id(), n.text(),
                n.outcomes().stream().filter(o -> !o.id().equals(outcomeId)).toList(),
                n.actions().stream().map(a -> outcomeId.equals(a.outcomeId())
                        ? new Action(a.id(), null, a.what(), a.owner(), a.dueOn(), a.doneOn()) : a).toList())))
                .orElse(this);
    }

    /** A copy without one action. */
    public PlanContent withoutAction(String needId, String actionId) {
        return need(needId).map(n -> withNeed(new Need(n.id(), n.text(), n.outcomes(),
                n.actions().stream().filter(a -> !a.id().equals(actionId)).toList())))
                .orElse(this);
    }

    public PlanContent withViews(String childView, String contingency) {
        return new PlanContent(needs, childView, contingency);
    }

    /** Actions marked done at reviews, shown on the content (a done date typed into the plan wins). */
    public PlanContent withDone(Map<String, LocalDate> doneOn) {
        Function<Action, Action> mark = a -> a.doneOn() == null && doneOn.containsKey(a.id()) ? a.withDoneOn(doneOn.get(a.id())) : a;
        return new PlanContent(needs.stream().map(n -> new Need(n.id(), n.text(), n.outcomes(),
                n.actions().stream().map(mark).toList())).toList(), childView, contingency);
    }

    /** Where each outcome sits, for messages ("outcome 1 of need 2"). */
    public Map<String, String> outcomeNames() {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < needs.size(); i++) {
            List<Outcome> os = needs.get(i).outcomes();
            for (int j = 0; j < os.size(); j++) {
                names.put(os.get(j).id(), "outcome " + (j + 1) + " of need " + (i + 1));
            }
        }
        return names;
    }

    private int indexOf(String needId) {
        for (int i = 0; i < needs.size(); i++) {
            if (needs.get(i).id().equals(needId)) {
                return i;
            }
        }
        return -1;
    }

    static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String idOr(String id) {
        return id == null || id.isBlank() ? newId() : id.trim();
    }
}
