package org.opencsc.plan;

import java.time.LocalDate;

/**
 * A child's plan: its kind, the CP plan record it gives content to (when there is one), the
 * draft being edited (null when unchanged since the latest version) and how many versions
 * have been finalised; {@code familyPlanId} is the sibling group's shared part when the plan was
 * started with siblings' (null otherwise).
 */
public record ChildPlan(long id, long personId, PlanKind kind, Long cpPlanId, LocalDate startedOn, PlanContent draft,
                        int draftVersion, int latestVersion, Long familyPlanId) {

    public boolean inFamilyGroup() {
        return familyPlanId != null;
    }

    public boolean finalisedOnce() {
        return latestVersion > 0;
    }

    /** "Draft", "Version 2 finalised" or "Draft of version 3 (version 2 finalised)". */
    public String status() {
        if (latestVersion == 0) {
            return "Draft";
        }
        return draft == null ? "Version " + latestVersion + " finalised"
                : "Draft of version " + (latestVersion + 1) + " (version " + latestVersion + " finalised)";
    }
}
