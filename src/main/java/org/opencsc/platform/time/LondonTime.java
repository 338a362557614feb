package org.opencsc.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.Dates;

/**
 * The record's time. Every date a worker types or reads is a date in Europe/London, whatever
 * the zone of the server or the database, and "now" and "today" come from the injected
 * {@link Clock} (never the JVM's default zone, never the database's {@code current_date}).
 *
 * <p>A date typed without a time (a visit on 3 June, a case note for today) is checked as a
 * date: today's date is never "in the future", at any hour. For its place in the chronology,
 * an entry for today sits at the moment it is recorded: never in the future, and after what
 * was recorded earlier today (the contact and referral that led to it), which is the order
 * things happen in when they are written up the same day. An entry for an earlier day sits
 * at midday in London, the convention the record's timelines already used: the day is what
 * is known, and midday keeps it well inside that day whatever the clocks did overnight.
 */
public final class LondonTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private LondonTime() {
    }

    /** Today's date in London. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The London date of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /**
     * Where an entry known only by its date sits in the chronology: now if the date is today,
     * otherwise midday that day (see the class comment). A date still to come keeps its midday,
     * so a check that the instant is not in the future still refuses it.
     */
    public static Instant placeDate(LocalDate date, Clock clock) {
        Instant now = clock.instant();
        return date.equals(dateOf(now)) ? now : date.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    /**
     * The instant a date and a time name on London's clocks, or empty when the clocks skipped
     * that time (they go forward from 1am to 2am on the last Sunday in March). In the hour that
     * happens twice (1am to 2am on the last Sunday in October) it is the first, in summer time.
     */
    public static Optional<Instant> at(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        if (ZONE.getRules().getValidOffsets(local).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ZonedDateTime.ofLocal(local, ZONE, null).toInstant());
    }

    /**
     * A date and a time typed on a page or sent to the API, as an instant; null, with a problem
     * on {@code field}, when the clocks skipped that time, rather than moving it an hour on.
     */
    public static Instant at(LocalDate date, LocalTime time, String field, Problems problems) {
        Optional<Instant> at = at(date, time);
        if (at.isEmpty()) {
            problems.add(field, "There was no " + time + " on " + Dates.govuk(date)
                    + ": the clocks went forward from 1am to 2am");
        }
        return at.orElse(null);
    }
}
