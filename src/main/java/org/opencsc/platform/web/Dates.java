package org.opencsc.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** GOV.UK date style for templates ("4 June 2026", "4 June 2026 at 2:15pm"), as bean {@code @dates}. */
@Component("dates")
public class Dates {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    /** For text written into the record (event summaries, messages): "23 November 2026". */
    public static String govuk(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(LONDON));
    }

    public String dayAndTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var t = instant.atZone(LONDON);
        return DAY.format(t) + " at " + TIME.format(t).toLowerCase(Locale.UK);
    }

    public String iso(Instant instant) {
        return instant == null ? "" : instant.atZone(LONDON).toOffsetDateTime().toString();
    }
}
