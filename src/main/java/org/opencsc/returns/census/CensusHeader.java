package org.opencsc.returns.census;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Message/Header: CollectionDetails (Collection "CIN", Year, ReferenceDate) and Source
 * (SourceLevel "L", LEA: the three-digit local authority code, SoftwareCode, Release, SerialNo,
 * DateTime). Year is the year of the reference date (2026 for the year ending 31 March 2026).
 */
public record CensusHeader(
        String collection,
        String year,
        LocalDate referenceDate,
        String sourceLevel,
        String lea,
        String softwareCode,
        String release,
        String serialNo,
        LocalDateTime dateTime) {
}
