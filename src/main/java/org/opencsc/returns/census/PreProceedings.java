package org.opencsc.returns.census;

import java.time.LocalDate;

/**
 * PreProceedingsandFGDM (new in 2025-26): one pre-proceedings under the Public Law Outline, with
 * the family group decision making offered around it, as the DfE 2025-26 CIN census specification
 * names its items (N00826 to N00833, then the court application and the letter telling the
 * parents of it). The export reads them from the pre-proceedings records (V55): see
 * {@code export.CensusRecords}. {@code ppOutcome} is a CS131 code (A, B or C): see
 * {@code export.PreProceedingsCodes} for what we found and assumed of its meanings.
 */
public record PreProceedings(
        LocalDate ppStartDate,            // N00826 PPStartDate
        LocalDate lbpSentDate,            // N00827 LBPSentDate: the first letter before proceedings sent
        Boolean fgdmMeetingOffer,         // N00828 FGDMMeetingOffer: family group decision making offered
        Boolean fgdmMeetingFac,           // N00829 FGDMMeetingFac: and facilitated (held)
        LocalDate initialPpMeetingDate,   // N00830 InitialPPMeetingDate
        Integer reviewMeetingsCount,      // N00831 ReviewMeetingsCount: review meetings held
        LocalDate stepDecisionDate,       // N00832 StepDecisionDate
        String ppOutcome,                 // N00833 PPOutcome (CS131)
        LocalDate courtAppDate,           // CourtAppDate: the care proceedings application
        LocalDate letterInitCpDate,       // LetterInitCPDate: the letter telling the parents of it
        Long sourceId) {
}
