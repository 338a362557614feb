/**
 * The chair's children (open plans whose latest conference they chaired) and the chair's
 * escalations to the team manager, with the responses.
 */
package org.opencsc.protection.chair;
