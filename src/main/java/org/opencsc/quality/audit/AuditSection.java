package org.opencsc.quality.audit;

import java.util.List;
import org.opencsc.quality.Agency;

/** A section of the template version the audit uses, with its questions in order. */
public record AuditSection(long id, int position, String title, String guidance, List<Question> questions) {

    /** {@code agency}: set when a partner agency's auditor answers it (null: the QA auditor's). */
    public record Question(long id, long sectionId, int position, String question, String guidance, Agency agency) {
    }
}
