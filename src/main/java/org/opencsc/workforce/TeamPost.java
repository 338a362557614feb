package org.opencsc.workforce;

import java.math.BigDecimal;

/** The FTE a team is funded for in one job role. */
record TeamPost(long teamId, JobRole jobRole, BigDecimal fundedFte, int version) {
}
