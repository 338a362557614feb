package org.opencsc.legal;

import java.util.List;

/** One child's pre-proceedings as its page shows it: whole weeks since the start, whether the aim has passed undecided. */
public record PreProceedingsView(PreProceedingsSummary summary, long weeksElapsed, boolean pastAim,
                                 List<PreProceedingsMeeting> meetings, List<PreProceedingsExtension> extensions) {
}
