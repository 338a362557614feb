/**
 * Pre-proceedings under the Public Law Outline: the legal planning meeting that decides on the
 * threshold, each child's pre-proceedings with their meetings, family group decision making, the
 * 16-week aim and the step decision, the letter before proceedings (drafted in sections, checked
 * for plain English, sent as a PDF kept on the record), and the PLO panel's view of every child
 * in pre-proceedings. {@link org.opencsc.legal.LegalAccess} says which role takes which step.
 */
package org.opencsc.legal;
