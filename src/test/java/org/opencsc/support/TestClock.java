package org.opencsc.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.opencsc.platform.time.LondonTime;

/**
 * The application's clock in tests: the system clock, or one set to a chosen moment that then
 * ticks on in real time (so ordering by time still works inside a test). It is the {@code Clock}
 * bean of the shared {@link IntegrationTest} context, so what it says is "now" for the pages,
 * the API and the services alike; {@link TestClockReset} puts it back after every test.
 *
 * <p>{@code -Dopencsc.test.clock=00:05} (a London time today) or an ISO date-time with offset
 * ({@code 2026-10-25T01:30+01:00}) makes every test start at that moment instead of the system
 * time, to check that no test passes or fails by the hour it runs.
 */
public final class TestClock extends Clock {

    /** The moment set and the System.nanoTime() it was set at; null means the system clock. */
    private record Setting(Instant at, long setAtNanos) {
    }

    private volatile Setting setting;

    TestClock() {
        reset();
    }

    @Override
    public ZoneId getZone() {
        return LondonTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Setting s = setting;
        return s == null ? Instant.now() : s.at().plusNanos(System.nanoTime() - s.setAtNanos());
    }

    /** From now on the clock reads {@code at}, ticking on from there. */
    public TestClock set(ZonedDateTime at) {
        return set(at.toInstant());
    }

    public TestClock set(Instant at) {
        setting = new Setting(at, System.nanoTime());
        return this;
    }

    /** Today's date in London (by the real clock) at {@code time}: for tests about the hour rather than the date. */
    public TestClock setToday(LocalTime time) {
        return set(LocalDate.now(LondonTime.ZONE).atTime(time).atZone(LondonTime.ZONE));
    }

    public TestClock advance(Duration by) {
        return set(instant().plus(by));
    }

    /** Today by this clock, in London. */
    public LocalDate today() {
        return LondonTime.today(this);
    }

    /** Back to the system clock, or to {@code -Dopencsc.test.clock} when it is given. */
    public void reset() {
        String start = System.getProperty("opencsc.test.clock", "").trim();
        if (start.isEmpty()) {
            setting = null;
        } else if (start.length() <= 8) {
            setToday(LocalTime.parse(start));
        } else {
            set(ZonedDateTime.parse(start));
        }
    }
}
