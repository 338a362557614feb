/**
 * The national returns built from what the journey records: the DfE Children in Need census
 * (sub-package {@code census}) and Ofsted Annex A ({@code annexa}). Returns only read other features'
 * tables; the census import is the one place that writes a child's history from a file.
 */
package org.opencsc.returns;
