package org.opencsc.assessment;

import java.util.stream.Collectors;
import org.opencsc.childrecord.RecordPanel;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** One assessment per referral: the record offers to start one, or shows where it is. */
@Component
class AssessmentRecordPanel implements RecordPanel {

    private final SingleAssessments assessments;

    AssessmentRecordPanel(SingleAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void addTo(Model model, long personId, boolean child, CurrentUser user) {
        model.addAttribute("assessmentsByReferral", assessments.forChild(personId).stream()
                .collect(Collectors.toMap(SingleAssessment::referralId, a -> a)));
        model.addAttribute("canStartAssessment", user.role().recordsOnCases() && SingleAssessments.canWrite(user.role()));
    }
}
