package org.opencsc.protection.chair;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.protection.AbuseCategory;

/** A child whose latest conference the chair chaired, with what has happened on the plan since. */
public record ChairCase(long planId, long personId, String childName, AbuseCategory category, LocalDate startedOn,
                        LocalDate lastConferenceOn, LocalDate nextReviewDueOn, int coreGroupsSinceLastConference,
                        LocalDate lastCoreGroupOn, List<Escalation> openEscalations) {
}
