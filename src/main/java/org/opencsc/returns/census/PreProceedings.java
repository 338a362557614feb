package org.opencsc.returns.census;

import java.time.LocalDate;

/**
 * PreProceedingsandFGDM (new in 2025-26): pre-proceedings under the Public Law Outline and the
 * family group decision making offered around it. The pre-proceedings feature (issue 13) records
 * these; until then the export has none. The items (the pre-proceedings start and end dates
 * and outcome, and the family group decision making offer and meeting dates; XML
 * PreProceedingsStartDate, PreProceedingsEndDate, PreProceedingsOutcome, FGDMofferedDate,
 * FGDMmeetingDate) are provisional: they could not be checked against the published
 * specification, so the schema makes the module optional and the outcome a free code.
 */
public record PreProceedings(
        LocalDate preProceedingsStartDate,
        LocalDate preProceedingsEndDate,
        String preProceedingsOutcome,
        LocalDate fgdmOfferedDate,
        LocalDate fgdmMeetingDate,
        Long sourceId) {
}
