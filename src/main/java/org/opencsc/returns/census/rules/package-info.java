/**
 * The DfE's validation rules for the 2025-26 Children in Need census, errors and queries, each
 * a {@link org.opencsc.returns.census.rules.CensusRule} with its DfE code and message. They run
 * on a {@link org.opencsc.returns.census.CensusMessage} (our export or a file) through
 * {@link org.opencsc.returns.census.rules.CensusValidator}.
 */
package org.opencsc.returns.census.rules;
