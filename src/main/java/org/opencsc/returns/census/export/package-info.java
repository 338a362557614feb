/**
 * The Children in Need census built from OpenCSC's records ({@link org.opencsc.returns.census.export.CensusExport}):
 * which children are in the year, and how each census item is derived from the journey's records.
 */
package org.opencsc.returns.census.export;
