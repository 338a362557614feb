/**
 * Section 47 enquiries, started by a strategy discussion, and their outcome: whether an initial
 * conference is needed.
 */
package org.opencsc.protection.enquiry;
