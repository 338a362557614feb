package org.opencsc.returns.census.rules;

import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusHeader;
import org.opencsc.returns.census.CensusMessage;

/**
 * One DfE validation rule. Rules are stateless Spring components; the validator calls
 * {@link #checkHeader} once per message, {@link #checkMessage} once per message (for the rules
 * the DfE evaluates over the whole return, "at LA level") and {@link #checkChild} once per child.
 * A rule reports each failure through {@link Problems}, naming the module, the source row and the
 * fields.
 */
public interface CensusRule {

    /** The DfE code: "8500" for an error, "8670Q" for a query. */
    String code();

    /** The DfE's message, word for word. */
    String message();

    default RuleType type() {
        return code().endsWith("Q") ? RuleType.QUERY : RuleType.ERROR;
    }

    default void checkHeader(CensusHeader header, RuleContext context, Problems problems) {
    }

    /**
     * A rule over the whole return (counts, percentages, duplicates across children). A failure
     * that belongs to no one child is reported with {@link Problems#reportHeader}.
     */
    default void checkMessage(CensusMessage message, RuleContext context, Problems problems) {
    }

    default void checkChild(CensusChild child, RuleContext context, Problems problems) {
    }
}
