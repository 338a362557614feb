package org.opencsc.workforce;

import java.time.LocalDate;

/**
 * One piece of due work for a child: what it is ("Initial child protection conference"), when it
 * is due, and the page where it is done. {@code forManager} marks work only a manager can do
 * (authorising an assessment), which a worker's own list leaves out.
 */
public record DueItem(long personId, String what, LocalDate dueOn, String href, boolean forManager) {

    public static DueItem forWorker(long personId, String what, LocalDate dueOn, String href) {
        return new DueItem(personId, what, dueOn, href, false);
    }

    public static DueItem forManager(long personId, String what, LocalDate dueOn, String href) {
        return new DueItem(personId, what, dueOn, href, true);
    }
}
