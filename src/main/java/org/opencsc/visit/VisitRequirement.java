package org.opencsc.visit;

import java.time.LocalDate;

/**
 * How often a child must be seen and when they next must be: every {@code workingDays} working
 * days under their plan, counted from the last visit where they were seen (or from the start of
 * the plan or episode when they have not been seen since).
 */
public record VisitRequirement(
        long personId,
        VisitPlanType planType,
        int workingDays,
        LocalDate countedFrom,
        LocalDate lastSeenOn,
        Boolean lastSeenAlone,
        LocalDate nextDueOn) {

    /** "Visit (child protection: every 10 working days)": how the due work lists name it. */
    public String what() {
        return "Visit (" + planType.label() + ": every " + workingDays + " working days)";
    }

    public boolean overdueOn(LocalDate today) {
        return nextDueOn.isBefore(today);
    }
}
