package org.opencsc.quality.audit;

import java.util.List;
import java.util.Map;

/**
 * A save of the audit form, as typed. {@code answers} is keyed by question id and changes only
 * the questions given (an empty answer clears one), since a partner agency's auditor saves their
 * own questions beside the QA auditor's; {@code grades} (keyed by section id), the overall grade,
 * themes and summary are the QA auditor's part, kept as sent (a section left out is ungraded).
 * Values stay text until checked, so every refusal names the field as it was sent.
 */
public record AuditDraft(Map<String, Answer> answers, Map<String, String> grades, String overallGrade, List<String> themesFound,
                         String summary) {

    /** {@code evidence}: ids of entries on the child's chronology. */
    public record Answer(String answer, List<Long> evidence) {
    }
}
