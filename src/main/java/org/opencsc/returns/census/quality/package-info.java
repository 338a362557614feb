/**
 * Census data quality all year round: each child's census problems for the year so far, worked
 * out from the export and the DfE rules as the data stands, so a problem shows on the child's
 * record and as the allocated worker's due work the day it is made and goes the day it is fixed;
 * the team's count on Team work; and the whole council's readiness for the senior leader.
 */
package org.opencsc.returns.census.quality;
