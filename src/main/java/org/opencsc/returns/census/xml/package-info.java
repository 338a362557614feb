/**
 * The census message as the DfE's XML: the 2025-26 schema, a streaming writer
 * ({@link org.opencsc.returns.census.xml.CensusXml#write}, {@link org.opencsc.returns.census.xml.CensusXml#writer})
 * and a reader ({@link org.opencsc.returns.census.xml.CensusXml#read}) that checks a file against
 * the schema first and refuses it whole, with every problem and its line and column, unless it
 * is well-formed UTF-8 the schema accepts. Nothing here resolves anything outside the file.
 */
package org.opencsc.returns.census.xml;
