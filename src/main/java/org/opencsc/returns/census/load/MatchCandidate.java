package org.opencsc.returns.census.load;

import java.time.LocalDate;

/** A record an uncertain child may be, as the page shows it ({@code withheld}: by its id only). */
public record MatchCandidate(long id, String name, LocalDate dateOfBirth, String laChildId, String upn, boolean withheld) {
}
