package org.opencsc.protection;

import java.time.LocalDate;

/** A review child protection conference as recorded. */
public record ReviewConferenceInput(Long planId, LocalDate heldOn, String chair, String attendees, String childViews,
                                    ReviewDecision decision, AbuseCategory category, String reasons) {
}
