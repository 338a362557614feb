package org.opencsc.protection.conference;

import java.time.LocalDate;
import org.opencsc.protection.AbuseCategory;

/**
 * An initial child protection conference as recorded. {@code attendees} may be left out when the
 * meeting's invitees say who attended: it is then their names.
 */
public record InitialConferenceInput(Long s47EnquiryId, LocalDate heldOn, String chair, String attendees,
                                     String childViews, Boolean planNeeded, AbuseCategory category, String reasons,
                                     ConferenceMeeting meeting) {

    public InitialConferenceInput {
        meeting = meeting == null ? ConferenceMeeting.none() : meeting;
    }

    /** A conference recorded with no start time or invitee list (as before they were asked). */
    public InitialConferenceInput(Long s47EnquiryId, LocalDate heldOn, String chair, String attendees, String childViews,
                                  Boolean planNeeded, AbuseCategory category, String reasons) {
        this(s47EnquiryId, heldOn, chair, attendees, childViews, planNeeded, category, reasons, ConferenceMeeting.none());
    }
}
