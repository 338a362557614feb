package org.opencsc.childrecord;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.chronology.CaseNoteType;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;

/** The case note page as typed, kept as strings so nothing typed is lost on an error. */
public record CaseNoteForm(String noteType, String occurredDay, String occurredMonth, String occurredYear,
                    String occurredTime, String summary, String text, List<Long> alsoFor) {

    /**
     * A date without a time is a London date: today's is accepted at any hour, and the note sits
     * in the chronology where {@link LondonTime#placeDate} puts a date-only entry.
     */
    CaseNoteInput toInput(Problems problems, Clock clock) {
        CaseNoteType type = CaseNoteType.parse(noteType).orElse(null);
        LocalDate day = DateParts.fromParts(occurredDay, occurredMonth, occurredYear, "occurred", "The date it happened", problems);
        LocalTime time = null;
        if (!DateParts.isBlank(occurredTime)) {
            try {
                time = LocalTime.parse(occurredTime.trim().length() == 4 ? "0" + occurredTime.trim() : occurredTime.trim());
            } catch (RuntimeException e) {
                problems.add("occurredTime", "Enter the time as hours and minutes on the 24-hour clock, like 14:30");
            }
        }
        Instant at = null;
        if (day != null && time != null) {
            at = LondonTime.at(day, time, "occurredTime", problems);
        } else if (day != null && DateParts.isBlank(occurredTime)) {
            at = LondonTime.placeDate(day, clock);
        }
        return new CaseNoteInput(type, at, summary, text, alsoFor == null ? List.of() : new ArrayList<>(alsoFor));
    }

    public boolean sharedWith(long personId) {
        return alsoFor != null && alsoFor.contains(personId);
    }
}
