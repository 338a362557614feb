package org.opencsc.quality.learning;

/**
 * What learning actions need of an audit: its round, child, worker and manager. Read with this
 * package's own SQL on the audit tables, so learning does not depend on how audits are edited.
 */
record AuditFacts(long id, long roundId, String roundTitle, long personId, Long workerId, Long workerManagerId, Long teamId) {
}
