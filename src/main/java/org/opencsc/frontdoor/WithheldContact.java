package org.opencsc.frontdoor;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A contact about a restricted record the viewer is not named on, as the duty queue shows it:
 * no child, no contact or record ID, nothing reported, nobody who reported it; only the day it
 * came in, the day the decision is due and where it has got to. The staff named on the record
 * see the contact in full and act on it.
 */
@Schema(description = "A contact about a restricted record the caller is not named on: only when it came in, when the "
        + "decision is due and its status. No child, ID, source or content. Only the staff named on the record can open it.")
public record WithheldContact(LocalDate receivedOn, LocalDate decisionDueOn, Contact.Status status) implements ContactQueueLine {

    static final String SAYS = "Restricted record: only the staff named on it can open it";

    static WithheldContact of(Contact contact, ZoneId zone) {
        return new WithheldContact(contact.receivedAt().atZone(zone).toLocalDate(), contact.decisionDueOn(), contact.status());
    }

    @Override
    public boolean withheld() {
        return true;
    }

    /** What the queue says in place of the children's names. */
    public String says() {
        return SAYS;
    }
}
