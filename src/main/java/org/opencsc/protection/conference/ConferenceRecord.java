package org.opencsc.protection.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.opencsc.protection.AbuseCategory;

/**
 * A recorded conference, initial or review, as it now reads (corrections applied): when it met,
 * who chaired, who was invited and whether each came, the child's views and what it decided.
 * {@code s47EnquiryId} is an initial conference's, {@code planId} and {@code decision} a review's.
 */
public record ConferenceRecord(long id, String kind, long personId, Long s47EnquiryId, Long planId, LocalDate heldOn,
                               LocalTime startsAt, String chair, String attendees, List<ConferenceMeeting.Invitee> invitees,
                               String childViews, boolean planNeeded, String decision, AbuseCategory category, String reasons,
                               String recordedBy) {
}
