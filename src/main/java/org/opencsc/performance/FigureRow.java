package org.opencsc.performance;

import java.time.LocalDate;

/**
 * One thing a figure counted: about one child ({@code personId}), on a date (the referral's, the
 * assessment's completion...), with a short description ("Assessment completed in 52 working
 * days") and whether it meets the figure ({@code met}: in time, in the numerator). For a plain
 * count every row is met. {@code sourceId} is the row it came from (a referral id...), for the API.
 */
public record FigureRow(long personId, LocalDate date, String detail, boolean met, Long sourceId) {
}
