package org.opencsc.demo;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.plan.PlanContent;

/**
 * A child in need plan's content as a worker would write it, fitted to the child's age on the
 * day (school only for a child of school age, their own words only once they talk): needs,
 * measurable outcomes, actions with an owner and a date after the day, and a contingency, so it
 * passes the app's own plan check ({@link org.opencsc.plan.PlanQuality}).
 */
final class DemoPlans {

    private DemoPlans() {
    }

    static PlanContent childInNeed(String given, LocalDate born, LocalDate on) {
        boolean schoolAge = !born.plusYears(CouncilGenerator.SCHOOL_FROM).isAfter(on);
        boolean talks = !born.plusYears(CouncilGenerator.SPEAKS_FROM).isAfter(on);
        PlanContent.Need first = schoolAge
                ? new PlanContent.Need("need-school", given + " needs to be in school and ready to learn",
                        List.of(new PlanContent.Outcome("outcome-school", given + " gets to school on time every day",
                                "Misses most days", "In school on time every day", 2)),
                        List.of(new PlanContent.Action("action-breakfast", "outcome-school", "Breakfast club place", "School",
                                        on.plusWeeks(2), null),
                                new PlanContent.Action("action-routine", "outcome-school", "Morning routine support", "Family support worker",
                                        on.plusMonths(1), null)))
                : new PlanContent.Need("need-health", given + " needs their health and development checks kept up",
                        List.of(new PlanContent.Outcome("outcome-health", given + " is seen at every health appointment",
                                "Most appointments missed", "Every appointment kept", 2)),
                        List.of(new PlanContent.Action("action-appointments", "outcome-health", "Reminders and transport to appointments",
                                        "Health visitor", on.plusWeeks(2), null),
                                new PlanContent.Action("action-routine", "outcome-health", "Daily routine support", "Family support worker",
                                        on.plusMonths(1), null)));
        PlanContent.Need home = new PlanContent.Need("need-home", given + " needs a safe and calm home",
                List.of(new PlanContent.Outcome("outcome-home", given + " is safe and settled at home",
                        "Frightened most evenings", "Safe and settled every day", 3)),
                List.of(new PlanContent.Action("action-da", "outcome-home", "Domestic abuse programme", "Mum", on.plusMonths(3), null),
                        new PlanContent.Action("action-visits", "outcome-home", "Visits every 10 working days", "Social worker",
                                on.plusMonths(6), null)));
        String view = talks ? "Says home is better when dad is not there and wants to keep going to football."
                : given + " is too young to say; observed to be settled and smiling with mum, unsettled when voices are raised.";
        return new PlanContent(List.of(first, home), view,
                "If there is no progress by the next review, the case is stepped up to a strategy discussion.");
    }

    /** The outcome ids of {@link #childInNeed}'s content on the day, for review scores. */
    static List<String> outcomeIds(LocalDate born, LocalDate on) {
        boolean schoolAge = !born.plusYears(CouncilGenerator.SCHOOL_FROM).isAfter(on);
        return List.of(schoolAge ? "outcome-school" : "outcome-health", "outcome-home");
    }
}
