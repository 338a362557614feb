/**
 * The national returns built from what the journey records: the DfE Children in Need census
 * (sub-package {@code census}) and, later, Ofsted Annex A. Returns only read other features'
 * tables; the census import is the one place that writes a child's history from a file.
 */
package org.opencsc.returns;
