package org.opencsc.returns.census.rules;

/** An error must be fixed before the DfE accepts the return; a query must be checked and explained. */
public enum RuleType {
    ERROR,
    QUERY
}
