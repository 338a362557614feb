package org.opencsc.protection;

import java.time.LocalDate;
import org.opencsc.calendar.WorkingDayCalendar;

/**
 * When a plan's next meetings are due (Working Together 2023): the first core group within 10
 * working days of the initial conference and the first review within 3 months of it; after
 * that a review at most 6 months after the previous review, and core groups regularly.
 */
public final class PlanTimescales {

    public static final int FIRST_CORE_GROUP_WORKING_DAYS = 10;
    public static final int FIRST_REVIEW_MONTHS = 3;
    public static final int LATER_REVIEW_MONTHS = 6;
    /**
     * An assumption: Working Together leaves how often the core group meets after the first
     * meeting to local procedures. About monthly (20 working days after the previous meeting)
     * is common and is what the due dates here use.
     */
    public static final int LATER_CORE_GROUP_WORKING_DAYS = 20;
    /**
     * An assumption: local dispute-resolution (escalation) protocols typically give the team
     * manager 5 working days to respond at stage 1.
     */
    public static final int ESCALATION_RESPONSE_WORKING_DAYS = 5;

    private PlanTimescales() {
    }

    /** The next review after a review conference held on {@code heldOn}. */
    public static LocalDate reviewAfterReview(LocalDate heldOn) {
        return heldOn.plusMonths(LATER_REVIEW_MONTHS);
    }

    /** The next core group after one held on {@code heldOn}. */
    public static LocalDate coreGroupAfterCoreGroup(LocalDate heldOn, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(heldOn, LATER_CORE_GROUP_WORKING_DAYS);
    }

    public static LocalDate escalationResponseDue(LocalDate raisedOn, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(raisedOn, ESCALATION_RESPONSE_WORKING_DAYS);
    }
}
