package org.opencsc.assessment;

import java.util.Collection;
import java.util.List;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.springframework.stereotype.Component;

/** Open assessments as due work: the worker's to finish, then the manager's to authorise. */
@Component
class AssessmentDueWork implements DueWorkSource {

    private final AssessmentRepository assessments;

    AssessmentDueWork(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<DueItem> dueFor(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return assessments.dueFor(personIds);
    }
}
