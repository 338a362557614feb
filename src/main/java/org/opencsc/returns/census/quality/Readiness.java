package org.opencsc.returns.census.quality;

import java.time.Instant;
import java.util.List;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.rules.RuleType;

/**
 * The whole council's census for the year so far, as it stood at {@code asOf}: how many children
 * are in it (those the export could not write included), and the errors and queries by rule and
 * by the team that holds each child now.
 */
public record Readiness(CensusYear year, Instant asOf, int children, int unexportable, long errors, long queries,
                        List<ByRule> byRule, List<ByTeam> byTeam, long computedInMillis) {

    /** A rule's count of problems and of the children they are on; most problems first. */
    public record ByRule(String code, RuleType type, String message, long problems, long children) {
    }

    /** A team's (or, with a null name, the unallocated children's) errors and queries. */
    public record ByTeam(String team, long children, long errors, long queries) {
    }

    /** Ready to send: nothing the DfE would reject. Queries may remain, each to be answered. */
    public boolean ready() {
        return errors == 0;
    }
}
