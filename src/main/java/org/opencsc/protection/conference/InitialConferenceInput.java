package org.opencsc.protection.conference;

import java.time.LocalDate;
import org.opencsc.protection.AbuseCategory;

/** An initial child protection conference as recorded. */
public record InitialConferenceInput(Long s47EnquiryId, LocalDate heldOn, String chair, String attendees,
                                     String childViews, Boolean planNeeded, AbuseCategory category, String reasons) {
}
