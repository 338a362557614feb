package org.opencsc.frontdoor;

import static org.opencsc.childrecord.RecordSlot.ACTIONS;

import java.util.List;
import org.opencsc.childrecord.RecordConfirmation;
import org.opencsc.childrecord.RecordFragment;
import org.opencsc.childrecord.RecordPage;
import org.opencsc.childrecord.RecordPanel;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/** On the record of an allocated child, a manager's way to transfer them (never a silent move). */
@Component
class TransferRecordPanel implements RecordPanel {

    @Override
    public List<RecordFragment> fragments() {
        return List.of(new RecordFragment(ACTIONS, 150, "frontdoor/record-panel", "transfer"));
    }

    @Override
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        page.add("canTransfer", CaseTransfers.canTransfer(user));
    }

    @Override
    public List<RecordConfirmation> confirmations() {
        return List.of(new RecordConfirmation(650, "transferred", "The transfer has been recorded, and both workers told."));
    }
}
