package org.opencsc.protection.planlist;

import java.time.LocalDate;
import org.opencsc.protection.AbuseCategory;
import org.springframework.modulith.NamedInterface;

/** One open plan on a plan list, with the flags that call for extra oversight. */
@NamedInterface("plan-lists")
public record OpenPlanEntry(long planId, long personId, String childName, AbuseCategory category, LocalDate startedOn,
                            String duration, LocalDate nextReviewDueOn, LocalDate nextCoreGroupDueOn,
                            boolean twelveMonthPanel, boolean overTwoYears, boolean repeatPlan) {
}
