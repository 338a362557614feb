package org.opencsc.returns.census;

import java.time.LocalDate;

/**
 * Section47: an enquiry's start, the target date for the initial conference (15 working days
 * after the strategy discussion), the conference date, and whether no conference was needed.
 * {@code sourceId} is the OpenCSC s47_enquiry id.
 */
public record Section47(
        LocalDate actualStartDate,
        LocalDate initialCpcTarget,
        LocalDate dateOfInitialCpc,
        Boolean icpcNotRequired,
        Long sourceId) {
}
