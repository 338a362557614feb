package org.opencsc.quality.audit;

import java.util.List;
import org.opencsc.quality.Agency;

/**
 * An audit as one reader may see it. {@code reading} ALL: everything; PARTNER_PART: a partner
 * agency's auditor, who sees every question (what the audit looks at) but only their agency's
 * answers, and none of the grades, findings, reflection or moderation. {@code may}: what the
 * reader may do now, so a page offers exactly what the service would accept.
 */
public record AuditView(Audit audit, String reading, Agency partnerAgency, List<Section> sections, Moderation moderation,
                        Permissions may) {

    public record Section(long id, int position, String title, String guidance, SectionGrade grade, List<Question> questions) {
    }

    /** {@code answerable}: the reader may answer it now. */
    public record Question(long id, String question, String guidance, Agency agency, AuditAnswer answer, boolean answerable) {
    }

    /** {@code moderationRefusal}: why the reader may not moderate (null when they may, or when it is not completed yet). */
    public record Permissions(boolean edit, boolean grade, boolean reflect, boolean complete, boolean moderate,
                              String moderationRefusal) {
    }

    public boolean partner() {
        return partnerAgency != null;
    }
}
