package org.opencsc.workforce;

import java.time.LocalDate;

/**
 * How often a worker is supervised, and so when their next session is due. Both intervals are
 * assumptions each council configures to its own supervision policy: change them here.
 */
public final class SupervisionFrequency {

    /**
     * A qualified worker: at least every 28 days. Most councils' policies say "monthly"; a fixed
     * number of days keeps "overdue" unambiguous. Configurable assumption.
     */
    static final int QUALIFIED_INTERVAL_DAYS = 28;

    /**
     * A newly qualified worker in their Assessed and Supported Year in Employment: fortnightly.
     * ASYE guidance asks for weekly supervision in the first six weeks and at least fortnightly
     * to six months, then monthly; fortnightly throughout is the assumption here. Configurable.
     */
    static final int NEWLY_QUALIFIED_INTERVAL_DAYS = 14;

    private SupervisionFrequency() {
    }

    /** {@code newlyQualified} is the worker's status today as {@link Asye} decides it (SupervisionRepository asks it), not the bare flag. */
    public static int intervalDays(boolean newlyQualified) {
        return newlyQualified ? NEWLY_QUALIFIED_INTERVAL_DAYS : QUALIFIED_INTERVAL_DAYS;
    }

    /**
     * The day a worker's next session is due: one interval after their last ({@code lastHeldOn},
     * null when never supervised), or after they started, or (start unknown) after {@code today}.
     * The one rule the supervision pages, due work and the performance figures apply; a session on
     * that day is in time.
     */
    public static LocalDate nextDueOn(boolean newlyQualified, LocalDate lastHeldOn, LocalDate startedOn, LocalDate today) {
        LocalDate from = lastHeldOn != null ? lastHeldOn : startedOn != null ? startedOn : today;
        return from.plusDays(intervalDays(newlyQualified));
    }

    /**
     * The next session is due one interval after the last; a worker never supervised is due one
     * interval after they started, or (start date unknown) one interval from today.
     */
    static SupervisionStatus status(SupervisionRepository.LastSupervision w, LocalDate today, boolean youMayRecord) {
        int interval = intervalDays(w.newlyQualified());
        LocalDate next = nextDueOn(w.newlyQualified(), w.lastHeldOn(), w.startedOn(), today);
        return new SupervisionStatus(w.workerId(), w.name(), w.newlyQualified(), interval, w.lastId(), w.lastHeldOn(), next,
                next.isBefore(today), w.lastHeldOn() == null && w.startedOn() == null, w.lineManagerName(), youMayRecord);
    }
}
