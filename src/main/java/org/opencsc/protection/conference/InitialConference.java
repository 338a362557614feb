package org.opencsc.protection.conference;

import java.time.LocalDate;
import org.opencsc.protection.AbuseCategory;

/** A recorded initial child protection conference (with any corrections applied); the category is null without a plan. */
public record InitialConference(long id, long personId, long s47EnquiryId, LocalDate heldOn, String chair, String attendees,
                                String childViews, boolean planNeeded, AbuseCategory category, String reasons, String recordedBy) {
}
