package org.opencsc.childrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.chronology.CaseNoteType;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;

/** The case note page as typed, kept as strings so nothing typed is lost on an error. */
public record CaseNoteForm(String noteType, String occurredDay, String occurredMonth, String occurredYear,
                    String occurredTime, String summary, String text, List<Long> alsoFor) {

    CaseNoteInput toInput(Problems problems, ZoneId zone) {
        CaseNoteType type = CaseNoteType.parse(noteType).orElse(null);
        LocalDate day = DateParts.fromParts(occurredDay, occurredMonth, occurredYear, "occurred", "The date it happened", problems);
        LocalTime time = LocalTime.NOON;
        if (!DateParts.isBlank(occurredTime)) {
            try {
                time = LocalTime.parse(occurredTime.trim().length() == 4 ? "0" + occurredTime.trim() : occurredTime.trim());
            } catch (RuntimeException e) {
                problems.add("occurredTime", "Enter the time as hours and minutes on the 24-hour clock, like 14:30");
            }
        }
        Instant at = day == null ? null : day.atTime(time).atZone(zone).toInstant();
        return new CaseNoteInput(type, at, summary, text, alsoFor == null ? List.of() : new ArrayList<>(alsoFor));
    }

    public boolean sharedWith(long personId) {
        return alsoFor != null && alsoFor.contains(personId);
    }
}
