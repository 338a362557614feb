/**
 * The Children in Need census message as the DfE defines it (one {@link CensusChild} per child
 * in need in the collection year), independent of where it came from: the export builds it from
 * OpenCSC's records, the XML reader from a file. The DfE rules ({@code rules}) run on this model,
 * so the same code validates our export and another system's file.
 *
 * <p>Codes are kept as the strings the DfE uses ("RC8", "N1", "2A"), not enums, because the
 * rules must be able to report an invalid code rather than fail to read it. Every record may
 * carry the id of the OpenCSC row it came from ({@code sourceId}, null when it came from a file)
 * so a problem links to the page where it is fixed.
 */
package org.opencsc.returns.census;
