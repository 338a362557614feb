/**
 * The lists of open plans for oversight: the 12-month panel, plans over 2 years, repeat plans.
 */
package org.opencsc.protection.planlist;
