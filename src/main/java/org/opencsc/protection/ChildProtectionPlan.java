package org.opencsc.protection;

import java.time.LocalDate;

/** A child protection plan and its first timescales. */
public record ChildProtectionPlan(long id, long personId, long conferenceId, AbuseCategory category, LocalDate startedOn,
                                  LocalDate coreGroupDueOn, LocalDate firstReviewDueOn, boolean repeatPlan,
                                  LocalDate endedOn) {
}
