package org.opencsc.workforce;

import java.time.LocalDate;

/**
 * A line of the "my work" and "team work" lists: the due item with the child's name and who
 * holds the case. Overdue means the due date has passed; {@code workingDaysOverdue} says by how
 * many working days (0 when it fell due on a Friday and today is the weekend). A line about a
 * child the viewer may not open is {@code withheld}: still listed, so late work cannot hide,
 * but with no child, no link and no description (a plan action's words are the child's record).
 * {@code href} is where the viewer does the work; when someone in another role does it (the chair
 * holds the conference), it is null and {@code whoActs} says who. {@code doneAction} is where the
 * viewer marks their own action done (a form POST), null on anyone else's list.
 */
public record DueWorkRow(Long personId, String childName, String what, LocalDate dueOn, String href, String whoActs, Long workerId,
                         String workerName, String teamName, boolean overdue, int workingDaysOverdue, boolean dueSoon,
                         boolean withheld, String doneAction) {

    static final String WITHHELD = "Due work on a record you cannot open: ask its manager";

    DueWorkRow withoutChild() {
        return new DueWorkRow(null, null, WITHHELD, dueOn, null, null, workerId, workerName, teamName, overdue, workingDaysOverdue,
                dueSoon, true, null);
    }
}
