/**
 * Core group meetings of a child protection plan, and when the next one is due.
 */
package org.opencsc.protection.coregroup;
