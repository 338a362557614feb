package org.opencsc.protection.conference;

import java.time.LocalDate;
import org.opencsc.protection.AbuseCategory;

/** A review child protection conference as recorded. */
public record ReviewConferenceInput(Long planId, LocalDate heldOn, String chair, String attendees, String childViews,
                                    ReviewDecision decision, AbuseCategory category, String reasons) {
}
