package org.opencsc.protection;

import java.time.LocalDate;

/**
 * A child protection plan: its first timescales as set at the initial conference, and the
 * running ones (the next core group and review conference) as meetings are held.
 */
public record ChildProtectionPlan(long id, long personId, long conferenceId, AbuseCategory category, LocalDate startedOn,
                                  LocalDate coreGroupDueOn, LocalDate firstReviewDueOn, boolean repeatPlan,
                                  LocalDate endedOn, LocalDate nextCoreGroupDueOn, LocalDate nextReviewDueOn) {

    public boolean open() {
        return endedOn == null;
    }
}
