package org.opencsc.quality.audit;

import java.time.Instant;
import java.util.List;
import org.opencsc.quality.Agency;

/** An answer to one question, with the child's chronology entries (event ids) it points to as evidence. */
public record AuditAnswer(long questionId, String answer, List<Long> evidence, Instant answeredAt, long answeredBy,
                          String answeredByName, Agency agency) {
}
