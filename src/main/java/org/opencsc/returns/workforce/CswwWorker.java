package org.opencsc.returns.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One {@code CSWWWorker} of the census, its items as the DfE codes them (null: left out of the
 * file), with the OpenCSC account it came from ({@code userId}, {@code name}) so a problem links
 * to the page where it is fixed. Flags are "0" or "1".
 */
public record CswwWorker(long userId, String name,
                         String agencyWorker, String sweNo, BigDecimal fte, LocalDate personBirthDate,
                         String genderCurrent, String ethnicity, String qualInst, String qualLevel, String stepUpGrad,
                         String orgRole, LocalDate roleStartDate, String startOrigin, LocalDate roleEndDate,
                         String leaverDestination, String reasonLeave, BigDecimal fte30, Integer cases30,
                         BigDecimal workingDaysLost, BigDecimal contractWeeks, String frontlineGrad,
                         String absentOn30Sept, String reasonAbsence) {

    public boolean agency() {
        return "1".equals(agencyWorker);
    }

    /** In post on the reference date (FTE30 is given only then). */
    public boolean inPost() {
        return fte30 != null;
    }

    public boolean leaver() {
        return roleEndDate != null;
    }
}
