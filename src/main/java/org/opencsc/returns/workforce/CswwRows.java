package org.opencsc.returns.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the census is built from, read in one transaction by {@link CswwRecords}. */
record CswwRows(List<Worker> workers, List<Absence> absences, List<Post> posts, List<Membership> memberships) {

    /** A member of staff who may be in the census year, with their census details (null when none recorded). */
    record Worker(long id, String name, String role, String employmentType, LocalDate startedOn, LocalDate leftOn,
                  LocalDate qualifiedOn, String jobRole, BigDecimal fte, String sweNumber, LocalDate birthDate,
                  String gender, String ethnicity, String qualInstitution, String qualLevel, Boolean stepUpGraduate,
                  Boolean frontlineGraduate, String startOrigin, String leaverDestination, String reasonLeave,
                  int cases30) {

        boolean agency() {
            return "AGENCY".equals(employmentType);
        }
    }

    record Absence(long userId, String reason, LocalDate firstDay, LocalDate lastDay) {
    }

    /** A team's funded FTE in one social work job. */
    record Post(long teamId, String jobRole, BigDecimal fundedFte) {
    }

    record Membership(long teamId, long userId) {
    }
}
