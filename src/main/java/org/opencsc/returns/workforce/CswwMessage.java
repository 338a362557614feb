package org.opencsc.returns.workforce;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A workforce census message: its header, the council's vacancy and agency figures, and the workers. */
public record CswwMessage(WorkforceCensusYear year, String lea, LocalDateTime writtenAt, Vacancies vacancies,
                          List<CswwWorker> workers) {

    /**
     * {@code LALevelVacancies} on the reference date: FTE posts not filled by the council's own
     * (non-agency) social workers, and the agency workers' FTE and headcount.
     */
    public record Vacancies(BigDecimal numberOfVacancies, BigDecimal noAgencyFte, int noAgencyHeadcount) {
    }
}
