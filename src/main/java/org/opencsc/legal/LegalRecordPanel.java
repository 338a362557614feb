package org.opencsc.legal;

import static org.opencsc.childrecord.RecordSlot.ACTIONS;

import java.util.List;
import org.opencsc.childrecord.RecordConfirmation;
import org.opencsc.childrecord.RecordFragment;
import org.opencsc.childrecord.RecordPage;
import org.opencsc.childrecord.RecordPanel;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The legal planning meeting link on a child's record, for the manager or legal adviser who records it. */
@Component
class LegalRecordPanel implements RecordPanel {

    @Override
    public List<RecordFragment> fragments() {
        return List.of(new RecordFragment(ACTIONS, 950, "legal/record-panel", "legal-actions"));
    }

    @Override
    public List<RecordConfirmation> confirmations() {
        return List.of(new RecordConfirmation(950, "legalPlanningMeetingRecorded",
                "The legal planning meeting has been recorded, with its decision in the decision log."));
    }

    @Override
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        // The form is offered exactly when the save would accept it (the page's canRecord says the rest).
        page.add("recordsLegalPlanningMeeting", child && LegalAccess.recordsLegalPlanningMeeting(user.role()));
        // The letters page opens for anyone who may see the child; drafting is offered there to those who draft.
        page.add("seesLetters", child);
    }
}
