package org.opencsc.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.opencsc.platform.time.LondonTime;

/**
 * The moments a test about "now" runs at, in London: where a date and an instant disagree, or
 * where noon, midnight or UTC were taken for the local day. Used through {@link AtAwkwardTimes}.
 */
public final class ClockTimes {

    /** 25 October 2026: 1am to 2am happens twice, first in summer time (+01:00), then in GMT. */
    public static final LocalDate CLOCKS_GO_BACK = LocalDate.of(2026, 10, 25);
    /** 28 March 2027: the clocks go from 1am straight to 2am, so 1:30 does not exist. */
    public static final LocalDate CLOCKS_GO_FORWARD = LocalDate.of(2027, 3, 28);

    private ClockTimes() {
    }

    /** Today just after midnight, early in the morning, late in the evening; then the clock-change days. */
    public static Stream<ZonedDateTime> awkwardTimes() {
        return Stream.concat(todayAtAwkwardHours(), clockChanges());
    }

    /** Today (by the real clock) at 00:05, 06:30 and 23:30: demo data stays as seeded, only the hour moves. */
    public static Stream<ZonedDateTime> todayAtAwkwardHours() {
        LocalDate today = LocalDate.now(LondonTime.ZONE);
        return Stream.of(LocalTime.of(0, 5), LocalTime.of(6, 30), LocalTime.of(23, 30))
                .map(t -> today.atTime(t).atZone(LondonTime.ZONE));
    }

    /** Both 1:30s of the day the clocks go back, and half an hour either side of the hour skipped in spring. */
    public static Stream<ZonedDateTime> clockChanges() {
        LocalDateTime twiceAt = CLOCKS_GO_BACK.atTime(1, 30);
        return Stream.of(
                ZonedDateTime.ofLocal(twiceAt, LondonTime.ZONE, ZoneOffset.ofHours(1)),
                ZonedDateTime.ofLocal(twiceAt, LondonTime.ZONE, ZoneOffset.UTC),
                CLOCKS_GO_FORWARD.atTime(0, 30).atZone(LondonTime.ZONE),
                CLOCKS_GO_FORWARD.atTime(2, 30).atZone(LondonTime.ZONE));
    }
}
