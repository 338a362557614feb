package org.opencsc.frontdoor;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A referral about a restricted record the manager is not named on, as the allocation list shows
 * it: the day of the referral and nothing else (no child, no referral or contact ID, no need).
 * Only the staff named on the record can open or allocate it.
 */
@Schema(description = "A referral about a restricted record the caller is not named on: only the referral date. "
        + "No child, ID or primary need. Only the staff named on the record can open or allocate it.")
public record WithheldReferral(LocalDate referralDate) implements ReferralQueueLine {

    @Override
    public boolean withheld() {
        return true;
    }

    /** What the list says in place of the child's name. */
    public String says() {
        return WithheldContact.SAYS;
    }
}
