package org.opencsc.quality.round;

/**
 * One audit of a round. {@code childName} is null and {@code sealed} true when the reader may not
 * open the child's record (a restricted record they are not named on): the row stays, unnamed.
 */
public record RoundAudit(long id, long personId, String childName, boolean sealed, String status, Long auditorId,
                         String auditorName, Long workerId, String workerName, String teamName, int version) {

    public boolean finished() {
        return "COMPLETED".equals(status) || "MODERATED".equals(status);
    }
}
