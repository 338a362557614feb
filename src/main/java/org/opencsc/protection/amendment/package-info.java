/**
 * What every correction to a strategy discussion or an initial conference shares (the checks,
 * how a correction is shown) and the corrections API. Nothing is deleted: a correction keeps the
 * old value.
 */
package org.opencsc.protection.amendment;
