package org.opencsc.returns.census.load;

import java.time.Instant;
import java.util.List;
import org.opencsc.returns.census.CensusChild;

/**
 * A child of an import whose match was uncertain: the child as the file gave them, the records
 * they may be, why, and once decided ("SAME" or "NEW"), the person their records were loaded on.
 */
public record UncertainChild(long id, long importId, String laChildId, CensusChild child, List<Long> candidateIds,
                             String reason, String decision, Long personId, String decidedBy, Instant decidedAt) {

    public UncertainChild {
        candidateIds = List.copyOf(candidateIds);
    }

    public boolean decided() {
        return decision != null;
    }
}
