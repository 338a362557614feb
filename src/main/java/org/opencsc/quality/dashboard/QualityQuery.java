package org.opencsc.quality.dashboard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.performance.Period;
import org.opencsc.platform.time.LondonTime;

/**
 * What the QA dashboard is asked for: audits completed in the period (London dates), of the
 * teams given (none: the whole council). An audit counts for the team that held the child when
 * it was drawn, kept on the audit ({@code audit.team_id}): the team whose practice was looked at.
 */
record QualityQuery(Period period, LocalDate today, List<Long> teamIds) {

    QualityQuery {
        teamIds = teamIds == null ? List.of() : teamIds.stream().distinct().sorted().toList();
    }

    boolean wholeCouncil() {
        return teamIds.isEmpty();
    }

    /** Never empty, so the SQL stays valid; ignored for the whole council. */
    Long[] teamsParam() {
        return wholeCouncil() ? new Long[] {-1L} : teamIds.toArray(Long[]::new);
    }

    Timestamp fromInstant() {
        return Timestamp.from(period.from().atStartOfDay(LondonTime.ZONE).toInstant());
    }

    /** The start of the day after the period, so an audit completed late on its last day counts. */
    Timestamp untilInstant() {
        return Timestamp.from(period.to().plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant());
    }

    String describe() {
        return "from " + period.from() + " to " + period.to() + (wholeCouncil() ? ", whole council" : ", teams " + teamIds);
    }
}
