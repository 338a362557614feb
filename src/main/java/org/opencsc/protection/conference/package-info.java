/**
 * Initial child protection conferences, which start a plan, and review conferences, which keep,
 * change or end it; corrections to an initial conference. {@link Conferences} is the one type other
 * modules use here (for a child's open plan), as a named interface.
 */
package org.opencsc.protection.conference;
