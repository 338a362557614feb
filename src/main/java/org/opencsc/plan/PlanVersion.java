package org.opencsc.plan;

import java.time.Instant;

/** A finalised version of a plan, as it was then. */
public record PlanVersion(long planId, int number, PlanContent content, String finalisedBy, Instant finalisedAt) {
}
