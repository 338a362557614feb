package org.opencsc.protection.conference;

import java.time.LocalDate;

/** A recorded initial child protection conference (with any corrections applied). */
public record InitialConference(long id, long personId, long s47EnquiryId, LocalDate heldOn, String chair, String attendees,
                                String childViews, boolean planNeeded, String reasons, String recordedBy) {
}
