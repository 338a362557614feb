/**
 * Ofsted Annex A for an inspection of local authority children's services (ILACS): the
 * child-level lists in the template's layout and column order, for a chosen inspection date, as
 * an XLSX workbook (one sheet per list, streamed) and as CSV per list. Each list reads the
 * journey's tables with plain SQL, as the census export does. See {@link
 * org.opencsc.returns.annexa.AnnexLists} for the template followed and where it came from.
 */
package org.opencsc.returns.annexa;
