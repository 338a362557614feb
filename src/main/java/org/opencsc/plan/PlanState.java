package org.opencsc.plan;

/**
 * A plan as a reader sees it: the draft (if any), the latest finalised version (if any), and
 * the content to show and the latest version's content, both with actions marked done at reviews,
 * and the sibling group's shared part when the plan is one of a group (null otherwise).
 */
public record PlanState(ChildPlan plan, PlanContent draft, PlanVersion latest, PlanContent content, PlanContent latestContent,
                        FamilyPlan family) {

    /**
     * A grouped plan with no draft whose family contingency has changed since its latest
     * version: the child's current plan says the old one until a new version is finalised.
     */
    public boolean familyChangedSinceLatest() {
        return family != null && draft == null && latest != null
                && !java.util.Objects.equals(family.contingency(), latest.content().contingency());
    }

    public boolean hasDraft() {
        return draft != null;
    }
}
