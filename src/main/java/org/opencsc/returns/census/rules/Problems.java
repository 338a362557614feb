package org.opencsc.returns.census.rules;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.returns.census.CensusChild;

/** Collects the failures of one validation run. Not thread-safe: one per run. */
public final class Problems {

    private final List<CensusProblem> found = new ArrayList<>();

    /** A rule failing for a child, in a module that came from OpenCSC row {@code sourceId}. */
    public void report(CensusRule rule, CensusChild child, CensusModule module, Long sourceId,
            CensusProblem.Field... fields) {
        found.add(new CensusProblem(rule.code(), rule.type(), rule.message(), child.laChildId(),
                child.personId(), module, sourceId, List.of(fields)));
    }

    /** A rule failing for the message's header. */
    public void reportHeader(CensusRule rule, CensusProblem.Field... fields) {
        found.add(new CensusProblem(rule.code(), rule.type(), rule.message(), null, null,
                CensusModule.HEADER, null, List.of(fields)));
    }

    public List<CensusProblem> all() {
        return List.copyOf(found);
    }
}
