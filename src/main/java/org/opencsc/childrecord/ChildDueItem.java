package org.opencsc.childrecord;

import java.time.LocalDate;

/**
 * A line of "What is due" on the record's summary: the same items as the holder's My work, for
 * this child alone. {@code href} is null when someone in another role does it; {@code whoActs}
 * then says who.
 */
public record ChildDueItem(String what, LocalDate dueOn, String href, String whoActs, boolean overdue, int workingDaysOverdue,
                           boolean dueSoon) {
}
