package org.opencsc.plan;

import java.time.LocalDate;
import java.util.Map;

/** A recorded review of a plan, with its scores by outcome id. */
public record PlanReview(long id, long planId, ReviewKind kind, Long coreGroupId, Long conferenceId, LocalDate heldOn,
                         String attendance, String decision, int planVersion, String recordedBy, Map<String, Integer> scores) {
}
