package org.opencsc.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.WholeNumbers;

/**
 * The supervision page as typed. It has a section for every child on the worker's caseload (the
 * child's id sent with it), each with a fixed number of action rows, sent as parallel lists (one
 * entry per section or row), so the page needs no JavaScript; sections and rows left empty are
 * ignored. The owner of an action is chosen from the staff, sent as their username.
 */
public record SupervisionForm(
        String heldOnDay, String heldOnMonth, String heldOnYear, String wellbeing,
        List<String> childId, List<String> reflection, List<String> decisions,
        List<String> actionText, List<String> actionOwner, List<String> actionDue) {

    /** The most sections read: the page offers a caseload of at most this many children. */
    public static final int MAX_CHILD_SECTIONS = 200;
    public static final int ACTIONS_PER_CHILD = 2;

    static SupervisionForm startingToday(LocalDate today) {
        return new SupervisionForm(String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String at(List<String> values, int index) {
        return values == null || index >= values.size() ? null : values.get(index);
    }

    /** The index of a child section's action row in the action lists. */
    public static int actionIndex(int section, int row) {
        return section * ACTIONS_PER_CHILD + row;
    }

    /** The same, for the page (templates call instance methods). */
    public int actionRow(int section, int row) {
        return actionIndex(section, row);
    }

    /**
     * The input, and in {@code sections} the page section each child came from, so the
     * service's "children[i]" problems can be moved onto the section the user typed into.
     */
    SupervisionInput toInput(long workerId, Problems problems, List<Integer> sections) {
        LocalDate held = DateParts.fromParts(heldOnDay, heldOnMonth, heldOnYear, "heldOn", "The date of the supervision", problems);
        if (held == null && !problems.has("heldOn")) {
            problems.add("heldOn", "Enter the date of the supervision");
        }
        List<SupervisionInput.ChildDiscussed> children = new ArrayList<>();
        int posted = Math.min(MAX_CHILD_SECTIONS, childId == null ? 0 : childId.size());
        for (int s = 0; s < posted; s++) {
            List<SupervisionInput.Action> actions = actions(s, problems);
            // Each section names its child: one with nothing written is a child not discussed this time.
            if (DateParts.isBlank(at(reflection, s)) && DateParts.isBlank(at(decisions, s)) && actions.isEmpty()) {
                continue;
            }
            Long child = WholeNumbers.longOrEmpty(at(childId, s)).orElse(null);
            if (child == null && !DateParts.isBlank(at(childId, s))) {
                problems.add("children[" + s + "].childId", "Choose the child discussed");
            }
            sections.add(s);
            children.add(new SupervisionInput.ChildDiscussed(child, at(reflection, s), at(decisions, s), actions));
        }
        return new SupervisionInput(workerId, held, wellbeing, children);
    }

    private List<SupervisionInput.Action> actions(int section, Problems problems) {
        List<SupervisionInput.Action> actions = new ArrayList<>();
        for (int row = 0; row < ACTIONS_PER_CHILD; row++) {
            int i = actionIndex(section, row);
            String text = at(actionText, i);
            String owner = at(actionOwner, i);
            String due = at(actionDue, i);
            if (DateParts.isBlank(text) && DateParts.isBlank(owner) && DateParts.isBlank(due)) {
                continue;
            }
            LocalDate dueOn = DateParts.fromDayMonthYear(due, "children[" + section + "].actions",
                    "Enter each action’s date as day/month/year, like 7/5/2026", problems);
            actions.add(SupervisionInput.Action.of(text, owner, dueOn));
        }
        return actions;
    }
}
