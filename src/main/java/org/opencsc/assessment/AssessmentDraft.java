package org.opencsc.assessment;

import java.util.Map;
import java.util.Set;

/**
 * What the worker has written so far, saved as a draft. Anything may be empty until the
 * assessment is submitted; {@code version} is the version the worker read, so two people
 * editing at once cannot overwrite each other.
 */
public record AssessmentDraft(Map<AssessmentSection, String> sections, Set<AssessmentFactor> factors,
                              AssessmentOutcome outcome, String outcomeReasons, int version) {
}
