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
        List<Long> childIds,
        GatheredDetails gathered) {

    public ContactInput {
        gathered = gathered == null ? GatheredDetails.NONE : gathered;
    }

    /** A contact with only what every contact must have: nothing further gathered. */
    public ContactInput(Instant receivedAt, ReferralSource source, String contactorName, String contactorAgency,
                        String contactorDetails, String reported, Urgency urgency, Consent consent, String consentScope,
                        String sharingReason, boolean outOfHours, String handoverNote, List<Long> childIds) {
        this(receivedAt, source, contactorName, contactorAgency, contactorDetails, reported, urgency, consent, consentScope,
                sharingReason, outOfHours, handoverNote, childIds, GatheredDetails.NONE);
    }
}
