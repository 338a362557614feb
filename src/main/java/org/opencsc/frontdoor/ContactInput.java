package org.opencsc.frontdoor;

import java.time.Instant;
import java.util.List;

/** A new contact once read from the page or the JSON. */
public record ContactInput(
        Instant receivedAt,
        ReferralSource source,
        String contactorName,
        String contactorAgency,
        String contactorDetails,
        String reported,
        Urgency urgency,
        Consent consent,
        String consentScope,
        String sharingReason,
        boolean outOfHours,
        String handoverNote,
        List<Long> childIds) {
}
