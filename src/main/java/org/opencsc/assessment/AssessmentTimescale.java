package org.opencsc.assessment;

import java.time.LocalDate;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.platform.web.Dates;
import org.springframework.stereotype.Component;

/**
 * The 45 working days of Working Together. The CIN census measures an assessment from the
 * referral date to the manager's authorisation, so both the due date and lateness count from
 * the referral, not from the day the worker started.
 */
@Component
public class AssessmentTimescale {

    public static final int WORKING_DAYS = 45;

    private final WorkingDayCalendar calendar;

    AssessmentTimescale(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public LocalDate dueOn(LocalDate referralDate) {
        return calendar.addWorkingDays(referralDate, WORKING_DAYS);
    }

    /** Working days from the referral to authorisation; null until authorised. */
    public Integer workingDaysTaken(SingleAssessment a) {
        return a.authorisedOn() == null ? null : calendar.workingDaysBetween(a.referralDate(), a.authorisedOn());
    }

    /** One sentence for the page and the chronology: on time or how late, in working days. */
    public String describe(SingleAssessment a, LocalDate today) {
        if (a.authorisedOn() != null) {
            int taken = workingDaysTaken(a);
            return taken <= WORKING_DAYS
                    ? "Authorised within " + WORKING_DAYS + " working days of the referral (" + days(taken) + ")"
                    : "Authorised " + days(taken - WORKING_DAYS) + " late (" + days(taken) + " after the referral; due by "
                    + Dates.govuk(a.dueOn()) + ")";
        }
        if (today.isAfter(a.dueOn())) {
            return "Overdue: due by " + Dates.govuk(a.dueOn()) + ", " + days(calendar.workingDaysBetween(a.dueOn(), today))
                    + " late so far";
        }
        return "Due by " + Dates.govuk(a.dueOn()) + " (" + days(calendar.workingDaysBetween(today, a.dueOn())) + " left)";
    }

    private static String days(int n) {
        return n + (n == 1 ? " working day" : " working days");
    }
}
