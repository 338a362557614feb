package org.opencsc.returns.annexa;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.ValidationException;

/**
 * The inspection date asked for, as typed: YYYY-MM-DD, today or earlier (a list of what has
 * happened cannot be made for a day that has not come), and not before 2000. Missing is today,
 * a London date from the application's Clock.
 */
public final class InspectionDate {

    public static final String FIELD = "date";
    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

    private InspectionDate() {
    }

    public static LocalDate parse(String raw, Clock clock) {
        LocalDate today = LondonTime.today(clock);
        if (raw == null || raw.isBlank()) {
            return today;
        }
        String text = raw.strip();
        LocalDate date;
        try {
            date = text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            throw new ValidationException(FIELD, "Enter the inspection date as a real date, for example " + today);
        }
        if (date.isAfter(today)) {
            throw new ValidationException(FIELD, "The inspection date must be today or earlier: Annex A lists what has happened");
        }
        if (date.isBefore(FIRST)) {
            throw new ValidationException(FIELD, "The inspection date must be in 2000 or later");
        }
        return date;
    }
}
