package org.opencsc.assessment;

import java.util.List;
import java.util.Objects;

/** The start page as typed: the start date, and the referrals of siblings ticked to assess together. */
public record StartAssessmentForm(String startedOnDay, String startedOnMonth, String startedOnYear, List<Long> siblings) {

    public StartAssessmentForm {
        siblings = siblings == null ? List.of() : siblings.stream().filter(Objects::nonNull).toList();
    }

    public boolean includes(long referralId) {
        return siblings.contains(referralId);
    }
}
