package org.opencsc.quality.audit;

import static org.opencsc.childrecord.RecordSlot.MAIN;

import java.util.List;
import org.opencsc.childrecord.RecordFragment;
import org.opencsc.childrecord.RecordPage;
import org.opencsc.childrecord.RecordPanel;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The child's case audits on their record's summary, for those who may read each one (the QA
 * team, senior leaders, inspectors, the worker and their managers; a partner their rounds'
 * audits). It names the round and where the audit is, never its grades.
 */
@Component
class AuditRecordPanel implements RecordPanel {

    private final Audits audits;

    AuditRecordPanel(Audits audits) {
        this.audits = audits;
    }

    @Override
    public List<RecordFragment> fragments() {
        return List.of(new RecordFragment(MAIN, 960, "quality/audit/record-panel", "case-audits"));
    }

    @Override
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        page.add("caseAudits", child && page.part() == RecordPart.SUMMARY ? audits.readableOf(personId, user) : List.of());
    }
}
