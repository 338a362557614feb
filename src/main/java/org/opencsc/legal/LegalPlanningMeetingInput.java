package org.opencsc.legal;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal planning meeting as recorded: when, who attended (staff named by username), who else was
 * present, the threshold discussion, the decision with its reasons and the alternatives weighed, and
 * any siblings decided on together with the child.
 */
public record LegalPlanningMeetingInput(LocalDate heldOn, String socialWorker, String manager, String legalAdviser,
                                        String othersPresent, String thresholdDiscussion, LegalPlanningDecision decision,
                                        String reasons, List<String> alternatives, List<Long> siblings) {
}
