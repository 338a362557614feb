package org.opencsc.legal;

import static org.opencsc.childrecord.RecordSlot.ACTIONS;

import java.util.List;
import org.opencsc.childrecord.RecordConfirmation;
import org.opencsc.childrecord.RecordFragment;
import org.opencsc.childrecord.RecordPage;
import org.opencsc.childrecord.RecordPanel;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.person.PersonRepository;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Legal's links on a child's record: the legal planning meeting for the manager or legal adviser
 * who records it, the child's pre-proceedings (so the worker reaches the page where each step is
 * recorded from the record itself), and the letters before proceedings.
 */
@Component
class LegalRecordPanel implements RecordPanel {

    private final LegalPlanningMeetingRepository meetings;
    private final PersonRepository people;

    LegalRecordPanel(LegalPlanningMeetingRepository meetings, PersonRepository people) {
        this.meetings = meetings;
        this.people = people;
    }

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
        // Only the summary shows the actions; the other record pages need not ask.
        page.add("preProceedings", child && page.part() == RecordPart.SUMMARY
                ? meetings.preProceedingsOf(people.idsIncludingMerged(personId)) : List.of());
    }
}
