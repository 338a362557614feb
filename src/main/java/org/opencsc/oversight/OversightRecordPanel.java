package org.opencsc.oversight;

import static org.opencsc.childrecord.RecordSlot.ACTIONS;

import java.util.List;
import org.opencsc.childrecord.RecordConfirmation;
import org.opencsc.childrecord.RecordFragment;
import org.opencsc.childrecord.RecordPage;
import org.opencsc.childrecord.RecordPanel;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Recording management oversight (managers who record on cases) and the child's decision log. */
@Component
class OversightRecordPanel implements RecordPanel {

    @Override
    public List<RecordFragment> fragments() {
        return List.of(new RecordFragment(ACTIONS, 900, "oversight/record-panel", "oversight-actions"));
    }

    @Override
    public List<RecordConfirmation> confirmations() {
        // Oversight lands on the chronology, where the entry it wrote is the newest.
        return List.of(new RecordConfirmation(900, "oversightRecorded", "The management oversight has been recorded."));
    }

    @Override
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        // Who may record oversight is the page's isManager and canRecord.
    }
}
