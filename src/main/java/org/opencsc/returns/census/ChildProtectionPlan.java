package org.opencsc.returns.census;

import java.time.LocalDate;
import java.util.List;

/**
 * ChildProtectionPlans: a plan's dates, its initial and latest category of abuse (NEG, PHY, EMO,
 * SAB, MUL), how many plans the child had before, and the review conference dates.
 * {@code sourceId} is the OpenCSC cp_plan id.
 */
public record ChildProtectionPlan(
        LocalDate startDate,
        LocalDate endDate,
        String initialCategoryOfAbuse,
        String latestCategoryOfAbuse,
        Integer numberOfPreviousCpp,
        List<LocalDate> reviewDates,
        Long sourceId) {

    public ChildProtectionPlan {
        reviewDates = List.copyOf(reviewDates);
    }
}
