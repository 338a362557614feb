package org.opencsc.assessment;

import static org.opencsc.childrecord.RecordSlot.ACTIONS;

import java.util.List;
import java.util.stream.Collectors;
import org.opencsc.childrecord.RecordFragment;
import org.opencsc.childrecord.RecordPage;
import org.opencsc.childrecord.RecordPanel;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/** One assessment per referral: the record offers to start one, or shows where it is. */
@Component
class AssessmentRecordPanel implements RecordPanel {

    private final SingleAssessments assessments;

    AssessmentRecordPanel(SingleAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<RecordFragment> fragments() {
        return List.of(new RecordFragment(ACTIONS, 400, "assessment/record-panel", "assessment-actions")
                .on(RecordPart.SUMMARY, RecordPart.ASSESSMENTS_AND_PROTECTION));
    }

    @Override
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        page.add("assessmentsByReferral", assessments.forChild(personId).stream()
                        .collect(Collectors.toMap(SingleAssessment::referralId, a -> a)))
                .add("canStartAssessment", user.role().recordsOnCases() && SingleAssessments.canWrite(user.role()));
    }
}
