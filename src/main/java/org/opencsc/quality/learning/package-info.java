/**
 * Learning actions from audits and rounds: what is to change in practice, for a worker, a team or
 * the service, with an owner and a date; due work for the owner (and the child's team) until they
 * say what changed. They are about practice, not the child's record, so they write no chronology
 * event.
 */
package org.opencsc.quality.learning;
