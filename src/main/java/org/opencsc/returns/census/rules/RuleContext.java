package org.opencsc.returns.census.rules;

import java.time.LocalDate;
import java.util.Set;
import org.opencsc.calendar.WorkingDays;
import org.opencsc.returns.census.CensusHeader;
import org.opencsc.returns.census.CensusYear;

/**
 * What a rule may know beyond the child in front of it: the header, the collection year the
 * message is for (from the header's reference date, or the year asked for when the header is
 * missing one), the working-day calendar (England and Wales bank holidays) and the LAchildIDs
 * that occur more than once in the message.
 */
public record RuleContext(
        CensusHeader header,
        CensusYear year,
        WorkingDays workingDays,
        Set<String> duplicatedLaChildIds) {

    public RuleContext {
        duplicatedLaChildIds = Set.copyOf(duplicatedLaChildIds);
    }

    /** 31 March: the end of the collection period. */
    public LocalDate referenceDate() {
        return year.referenceDate();
    }

    /** 1 April of the year before: the start of the collection period. */
    public LocalDate collectionStart() {
        return year.start();
    }
}
