package org.opencsc.workforce;

import java.time.LocalDate;

/**
 * A line of the "my work" and "team work" lists: the due item with the child's name and who
 * holds the case. Overdue means the due date has passed; {@code workingDaysOverdue} says by how
 * many working days (0 when it fell due on a Friday and today is the weekend).
 */
public record DueWorkRow(long personId, String childName, String what, LocalDate dueOn, String href, Long workerId, String workerName,
                         String teamName, boolean overdue, int workingDaysOverdue, boolean dueSoon) {
}
