package org.opencsc.frontdoor;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;

/** The "record a contact" page as typed. */
public record ContactForm(
        List<Long> childIds,
        String receivedDay, String receivedMonth, String receivedYear, String receivedTime,
        String source,
        String contactorName,
        String contactorAgency,
        String contactorDetails,
        String reported,
        String urgency,
        String consent,
        String consentScope,
        String sharingReason,
        String outOfHours,
        String handoverNote,
        String presentingConcern,
        String concernDetails,
        String contactorRole,
        String contactorRelationship,
        String childSchool,
        String childGp,
        String parentsOrCarers,
        String childWords) {

    public boolean about(long personId) {
        return childIds != null && childIds.contains(personId);
    }

    /** The date and time are read on London's clocks; a time the clocks skipped is refused, not moved. */
    ContactInput toInput(Problems problems) {
        LocalDate day = DateParts.fromParts(receivedDay, receivedMonth, receivedYear, "received", "The date received", problems);
        if (DateParts.isBlank(receivedDay) && DateParts.isBlank(receivedMonth) && DateParts.isBlank(receivedYear)) {
            problems.add("received", "Enter when the contact was received");
        }
        LocalTime time = null;
        if (DateParts.isBlank(receivedTime)) {
            problems.add("receivedTime", "Enter the time the contact was received, like 09:30");
        } else {
            try {
                String t = receivedTime.trim().replace('.', ':');
                time = LocalTime.parse(t.length() == 4 ? "0" + t : t);
            } catch (DateTimeException e) {
                problems.add("receivedTime", "Enter the time on the 24-hour clock, like 09:30 or 17:45");
            }
        }
        Instant received = day == null || time == null ? null : LondonTime.at(day, time, "receivedTime", problems);
        PresentingConcern concern = DateParts.isBlank(presentingConcern) ? null : PresentingConcern.parse(presentingConcern).orElse(null);
        if (!DateParts.isBlank(presentingConcern) && concern == null) {
            problems.add("presentingConcern", "Select the presenting concern from the list");
        }
        return new ContactInput(received, ReferralSource.fromCode(source).orElse(null), contactorName, contactorAgency,
                contactorDetails, reported, Urgency.parse(urgency).orElse(null), Consent.parse(consent).orElse(null),
                consentScope, sharingReason, "yes".equals(outOfHours), handoverNote,
                childIds == null ? List.of() : childIds, new GatheredDetails(concern, concernDetails, contactorRole,
                contactorRelationship, childSchool, childGp, parentsOrCarers, childWords));
    }
}
