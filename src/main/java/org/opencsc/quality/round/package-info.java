/**
 * Audit rounds and sampling: a round draws children fairly at random from a filter (keeping the
 * filter, the children eligible when drawn, the size and the seed, so anyone can draw again and
 * get the same children) or takes children picked by hand; it assigns an auditor to each audit,
 * adds partner agencies' auditors for a time, and is closed when done.
 */
package org.opencsc.quality.round;
