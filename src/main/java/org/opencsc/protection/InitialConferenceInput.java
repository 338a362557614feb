package org.opencsc.protection;

import java.time.LocalDate;

/** An initial child protection conference as recorded. */
public record InitialConferenceInput(Long s47EnquiryId, LocalDate heldOn, String chair, String attendees,
                                     String childViews, Boolean planNeeded, AbuseCategory category, String reasons) {
}
