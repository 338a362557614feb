package org.opencsc.protection.conference;

import java.time.LocalDate;
import org.opencsc.protection.AbuseCategory;

/**
 * A review child protection conference as recorded. {@code attendees} may be left out when the
 * meeting's invitees say who attended: it is then their names.
 */
public record ReviewConferenceInput(Long planId, LocalDate heldOn, String chair, String attendees, String childViews,
                                    ReviewDecision decision, AbuseCategory category, String reasons, ConferenceMeeting meeting) {

    public ReviewConferenceInput {
        meeting = meeting == null ? ConferenceMeeting.none() : meeting;
    }

    /** A review recorded with no start time or invitee list (as before they were asked). */
    public ReviewConferenceInput(Long planId, LocalDate heldOn, String chair, String attendees, String childViews,
                                 ReviewDecision decision, AbuseCategory category, String reasons) {
        this(planId, heldOn, chair, attendees, childViews, decision, category, reasons, ConferenceMeeting.none());
    }
}
