package org.opencsc.assessment;

import java.util.Map;
import java.util.Set;

/**
 * What the worker has written so far, saved as a draft. Anything may be empty until the
 * assessment is submitted; {@code version} is the version the worker read, so two people
 * editing at once cannot overwrite each other. {@code familyVersion} is the version of the
 * sibling group's shared family sections the worker read (null when not in a group).
 */
public record AssessmentDraft(Map<AssessmentSection, String> sections, Set<AssessmentFactor> factors,
                              AssessmentOutcome outcome, String outcomeReasons, int version, Integer familyVersion) {

    /** A draft of an assessment not in a sibling group: there is no shared family part to check the version of. */
    public AssessmentDraft(Map<AssessmentSection, String> sections, Set<AssessmentFactor> factors,
                           AssessmentOutcome outcome, String outcomeReasons, int version) {
        this(sections, factors, outcome, outcomeReasons, version, null);
    }
}
