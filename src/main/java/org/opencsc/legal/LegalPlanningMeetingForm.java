package org.opencsc.legal;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;

/** The legal planning meeting form as typed, kept whole so a refused form is shown again as it was. */
record LegalPlanningMeetingForm(String heldOnDay, String heldOnMonth, String heldOnYear, String socialWorker, String manager,
                                String legalAdviser, String othersPresent, String thresholdDiscussion, String decision,
                                String reasons, List<String> alternative) {

    static final int ALTERNATIVE_ROWS = 3;

    static LegalPlanningMeetingForm empty(String me) {
        return new LegalPlanningMeetingForm("", "", "", "", "", me, "", "", "", "", List.of());
    }

    /** The alternative in box i, or empty (the form always shows ALTERNATIVE_ROWS boxes). */
    public String alternativeAt(int i) {
        return alternative != null && i < alternative.size() && alternative.get(i) != null ? alternative.get(i) : "";
    }

    LegalPlanningMeetingInput toInput(Problems problems) {
        var heldOn = DateParts.fromParts(heldOnDay, heldOnMonth, heldOnYear, "heldOn", "The date the meeting was held", problems);
        LegalPlanningDecision d = LegalPlanningDecision.parse(decision).orElse(null);
        if (decision != null && !decision.isBlank() && d == null) {
            problems.add("decision", "Choose the decision the meeting made");
        }
        return new LegalPlanningMeetingInput(heldOn, socialWorker, manager, legalAdviser, othersPresent, thresholdDiscussion, d,
                reasons, alternative == null ? List.of() : new ArrayList<>(alternative), List.of());
    }
}
