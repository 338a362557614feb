package org.opencsc.visit;

import java.time.LocalDate;
import java.util.Optional;
import org.opencsc.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often a child must be seen under their plan, set by local policy
 * ({@code opencsc.visits.frequency.*}), and the working-day arithmetic for the next visit's due
 * date. A visit where the child was not seen does not count: the clock runs from the last visit
 * where they were, or from the start of the plan or episode when they have not been seen since.
 */
@Component
public class VisitFrequency {

    private final int childProtectionWorkingDays;
    private final int childInNeedWorkingDays;
    private final WorkingDayCalendar calendar;

    VisitFrequency(@Value("${opencsc.visits.frequency.cp-working-days:10}") int childProtectionWorkingDays,
                   @Value("${opencsc.visits.frequency.cin-working-days:20}") int childInNeedWorkingDays,
                   WorkingDayCalendar calendar) {
        this.childProtectionWorkingDays = childProtectionWorkingDays;
        this.childInNeedWorkingDays = childInNeedWorkingDays;
        this.calendar = calendar;
    }

    public int workingDays(VisitPlanType plan) {
        return plan == VisitPlanType.CHILD_PROTECTION ? childProtectionWorkingDays : childInNeedWorkingDays;
    }

    /** The child's requirement; empty when they are on no plan and in no open episode. */
    Optional<VisitRequirement> requirement(VisitRepository.SeenBasis basis) {
        VisitPlanType plan;
        LocalDate start;
        if (basis.cpPlanStartedOn() != null) {
            plan = VisitPlanType.CHILD_PROTECTION;
            start = basis.cpPlanStartedOn();
        } else if (basis.cinEpisodeStartedOn() != null) {
            plan = VisitPlanType.CHILD_IN_NEED;
            start = basis.cinEpisodeStartedOn();
        } else {
            return Optional.empty();
        }
        LocalDate from = nextCountedFrom(start, basis.lastSeenOn());
        return Optional.of(new VisitRequirement(basis.personId(), plan, workingDays(plan), from, basis.lastSeenOn(),
                basis.lastSeenAlone(), nextDueOn(plan, start, basis.lastSeenOn())));
    }

    /**
     * The day the next visit is due under a plan that started on {@code start} for a child last
     * seen on {@code lastSeenOn} (null: not seen): the one rule the due work lists, the child's
     * record and the performance figures all apply. A visit on that day is in time.
     */
    public LocalDate nextDueOn(VisitPlanType plan, LocalDate start, LocalDate lastSeenOn) {
        return calendar.addWorkingDays(nextCountedFrom(start, lastSeenOn), workingDays(plan));
    }

    /** A child last seen before the plan started has not been seen under it: count from the start. */
    static LocalDate nextCountedFrom(LocalDate start, LocalDate lastSeenOn) {
        return lastSeenOn == null || lastSeenOn.isBefore(start) ? start : lastSeenOn;
    }
}
