/**
 * Audit templates kept by version. A template is a series of versions; a version that any round
 * uses is never changed (editing makes version n+1 in the series, and rounds and audits keep the
 * version they used), while a version no round uses yet may be corrected in place.
 */
package org.opencsc.quality.template;
