package org.opencsc.childrecord;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.security.CurrentUser;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.springframework.stereotype.Component;

/**
 * What is due and overdue for one child, asked of the same sources as My work, so the summary
 * and the worker's list can never disagree. Items only a manager does (an authorisation) are
 * listed too: on the record everyone sees what the case waits for, linked for those who act.
 */
@Component
class ChildDueWork {

    /** As My work's "due soon": the week ahead. */
    static final int DUE_SOON_WORKING_DAYS = 5;

    private final List<DueWorkSource> sources;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ChildDueWork(List<DueWorkSource> sources, WorkingDayCalendar calendar, Clock clock) {
        this.sources = sources;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Oldest due first. Call only after the record was opened for this user (access checked and logged). */
    List<ChildDueItem> of(long personId, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
        List<ChildDueItem> items = new ArrayList<>();
        for (DueWorkSource source : sources) {
            for (DueItem item : source.dueFor(List.of(personId))) {
                if (item.personId() != personId) {
                    continue; // a source returned a child it was not asked about
                }
                boolean overdue = item.dueOn().isBefore(today);
                // A role that only looks (inspector, leader, auditor) does no due work, as My work lists none for it.
                boolean acts = user.role().recordsOnCases() && item.isDoneBy(user.role());
                items.add(new ChildDueItem(item.what(), item.dueOn(), acts ? item.href() : null, acts ? null : item.whoActs(),
                        overdue, overdue ? calendar.workingDaysBetween(item.dueOn(), today) : 0,
                        !overdue && !item.dueOn().isAfter(soon)));
            }
        }
        items.sort(Comparator.comparing(ChildDueItem::dueOn).thenComparing(ChildDueItem::what));
        return items;
    }
}
