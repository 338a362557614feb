package org.opencsc.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A worker's employment details as sent (already read as types; checked together by {@link Workforce}). */
record EmploymentChange(int version, JobRole jobRole, EmploymentType employmentType, LocalDate startedOn, LocalDate leftOn,
                        LocalDate qualifiedOn, boolean asye, BigDecimal fte, Integer caseloadLimit, String sweNumber) {
}
