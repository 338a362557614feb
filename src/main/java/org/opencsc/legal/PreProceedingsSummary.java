package org.opencsc.legal;

import java.time.LocalDate;

/** One child's pre-proceedings as listed: the start, the 16-week aim and how it was set, and the step decision if made. */
public record PreProceedingsSummary(long id, long personId, long meetingId, LocalDate startedOn, LocalDate aimOn, String aimSetHow,
                                    LocalDate fgdmOfferedOn, LocalDate fgdmHeldOn, LocalDate stepDecisionOn, String outcome,
                                    LocalDate courtApplicationOn, int version) {
}
