/**
 * Strategy discussions: who attended for each agency and their sign-off, the decision on a
 * Section 47 enquiry, the discussion's page, and corrections to it.
 */
package org.opencsc.protection.strategy;
