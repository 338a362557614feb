package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.Set;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.PreProceedings;
import org.springframework.stereotype.Component;

/**
 * 9011: PPOutcome (N00833), when given, is a CS131 code: A, B or C.
 * The code and message are the DfE's 2025-26 PreProceedingsandFGDM rule as the Social Finance
 * cin_validator gives it.
 */
@Component
class Rule9011 implements CensusRule {

    /** CS131 (see export.PreProceedingsCodes for what the letters are taken to mean). */
    private static final Set<String> VALID = Set.of("A", "B", "C");

    @Override
    public String code() {
        return "9011";
    }

    @Override
    public String message() {
        return "The outcome of the pre-proceedings must be reported using a valid value";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (PreProceedings p : episode.preProceedings()) {
                if (p.ppOutcome() != null && !VALID.contains(p.ppOutcome().strip())) {
                    problems.report(this, child, CensusModule.PRE_PROCEEDINGS, p.sourceId(),
                            of("PPOutcome", p.ppOutcome()));
                }
            }
        }
    }
}
