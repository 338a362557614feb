package org.opencsc.plan;

/**
 * A plan as a reader sees it: the draft (if any), the latest finalised version (if any), and
 * the content to show and the latest version's content, both with actions marked done at reviews.
 */
public record PlanState(ChildPlan plan, PlanContent draft, PlanVersion latest, PlanContent content, PlanContent latestContent) {

    public boolean hasDraft() {
        return draft != null;
    }
}
