package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

/**
 * When a generated action someone owns was marked done, as {@code OwnedActions} reads it: most
 * actions whose date has passed were done by their owner on or before it, about one in eight
 * due in the last two months was not (overdue on the owner's My work), and one due later is sometimes done early. Null
 * leaves the action open; a done action is dated after the day it was set and never after now.
 */
final class DemoActions {

    /** The supervision actions' columns with the owner by account and when it was done. */
    static final String SUPERVISION_ACTION = "supervision_action (id, supervision_child_id, action, owner, owner_id, due_on, done_at, done_by)";

    /** Only an action due in the last this many days may still be open: older ones were all done. */
    static final int RECENT_DAYS = 60;

    private DemoActions() {
    }

    static Instant doneAt(Random r, LocalDate set, LocalDate due, LocalDate today, Instant now, ZoneId zone) {
        if (!set.isBefore(today)) {
            return null; // set today: done on a later day, if at all
        }
        boolean passed = due.isBefore(today);
        boolean lately = !due.isBefore(today.minusDays(RECENT_DAYS));
        if (passed ? lately && r.nextInt(8) == 0 : r.nextInt(6) != 0) {
            return null;
        }
        long days = Math.max(1, Math.min(due.toEpochDay(), today.toEpochDay()) - set.toEpochDay());
        Instant at = set.plusDays(1 + r.nextInt((int) days)).atTime(9 + r.nextInt(8), r.nextInt(60)).atZone(zone).toInstant();
        return at.isAfter(now) ? null : at; // not done yet after all: later today, if at all
    }
}
