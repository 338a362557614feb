package org.opencsc.oversight;

import static org.opencsc.childrecord.RecordSlot.ACTIONS;

import java.util.List;
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
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        // Who may record oversight is the page's isManager and canRecord.
    }
}
