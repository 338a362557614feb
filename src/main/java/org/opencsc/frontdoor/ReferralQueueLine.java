package org.opencsc.frontdoor;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A line of the referrals awaiting allocation: the referral itself, or, when it is about a child
 * the manager may not open, a {@link WithheldReferral} that says only when the child was
 * referred. Like the duty queue, the list keeps its length whatever the viewer may open.
 */
@Schema(description = "A referral awaiting allocation: the referral in full (withheld false), or a WithheldReferral "
        + "(withheld true) when it is about a restricted record the caller is not named on",
        oneOf = {Referral.class, WithheldReferral.class})
public sealed interface ReferralQueueLine permits Referral, WithheldReferral {

    LocalDate referralDate();

    @JsonProperty("withheld")
    boolean withheld();
}
