/**
 * Practice observations: a team manager or a practice development (QA) officer watches a worker's
 * practice and writes what was strong and what to develop; the worker adds their reflection in
 * their own words. Kept with the worker's supervision history (workforce's
 * {@code SupervisionHistorySource}), read by the worker, their line management chain, the
 * observer, the QA team and senior leaders.
 */
package org.opencsc.quality.observation;
