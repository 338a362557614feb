package org.opencsc.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * What a plan must have before it is finalised, after Ofsted found plans that were task lists
 * without measurable outcomes or contingency: every need has an outcome for the child, every
 * outcome a 0-10 measure, a baseline and an action, every action an owner and a due date, and
 * the plan the child's view and a contingency. Pure: the page and the API run it on a draft
 * to show what is missing before anything is saved.
 */
public final class PlanQuality {

    private PlanQuality() {
    }

    public static List<QualityIssue> check(PlanContent plan) {
        List<QualityIssue> issues = new ArrayList<>();
        if (plan.needs().isEmpty()) {
            issues.add(new QualityIssue("needs", "Add at least one need: what does the child need?"));
        }
        for (int i = 0; i < plan.needs().size(); i++) {
            checkNeed(plan.needs().get(i), i, issues);
        }
        if (blank(plan.childView())) {
            issues.add(new QualityIssue("childView", "Add the child’s view of the plan, in their own words"));
        }
        if (blank(plan.contingency())) {
            issues.add(new QualityIssue("contingency", "Add a contingency: say what will happen if progress is not made"));
        }
        return List.copyOf(issues);
    }

    private static void checkNeed(PlanContent.Need need, int i, List<QualityIssue> issues) {
        String path = "needs[" + i + "]";
        String name = "Need " + (i + 1);
        if (blank(need.text())) {
            issues.add(new QualityIssue(path + ".text", name + " has no description: say what the child needs"));
        }
        if (need.outcomes().isEmpty()) {
            issues.add(new QualityIssue(path + ".outcomes", name + (need.actions().isEmpty() ? " has no outcome" : " has actions but no outcome")
                    + ": say what will change for the child"));
        }
        for (int j = 0; j < need.outcomes().size(); j++) {
            PlanContent.Outcome o = need.outcomes().get(j);
            String op = path + ".outcomes[" + j + "]";
            String on = "Outcome " + (j + 1) + " of need " + (i + 1);
            if (blank(o.text())) {
                issues.add(new QualityIssue(op + ".text", on + " has no description: say what will change for the child"));
            }
            if (blank(o.zeroMeans()) || blank(o.tenMeans())) {
                issues.add(new QualityIssue(op + ".measure", on + " has no measure: say what 0 and 10 look like on its scale"));
            }
            if (o.baseline() == null) {
                issues.add(new QualityIssue(op + ".baseline", on + " has no baseline: score where things are now, from 0 to 10"));
            }
            if (need.actionsFor(o.id()).isEmpty()) {
                issues.add(new QualityIssue(op + ".actions", on + " has no action: say who will do what, by when"));
            }
        }
        for (int k = 0; k < need.actions().size(); k++) {
            PlanContent.Action a = need.actions().get(k);
            String ap = path + ".actions[" + k + "]";
            String an = "Action " + (k + 1) + " of need " + (i + 1);
            if (blank(a.what())) {
                issues.add(new QualityIssue(ap + ".what", an + " does not say what will be done"));
            }
            if (blank(a.owner())) {
                issues.add(new QualityIssue(ap + ".owner", an + " has no owner: say who will do it"));
            }
            if (a.dueOn() == null) {
                issues.add(new QualityIssue(ap + ".dueOn", an + " has no due date: say by when"));
            }
            if (!need.outcomes().isEmpty() && need.outcomes().stream().noneMatch(o -> o.id().equals(a.outcomeId()))) {
                issues.add(new QualityIssue(ap + ".outcomeId", an + " is not linked to an outcome: say which outcome it works towards"));
            }
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
