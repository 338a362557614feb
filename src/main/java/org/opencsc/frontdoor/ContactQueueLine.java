package org.opencsc.frontdoor;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A line of the duty queue: the contact itself, or, when it is about a child the viewer may not
 * open, a {@link WithheldContact} that says only when it came in and when the decision is due.
 * The line stays either way, so the queue's count and its due dates are the same for everyone
 * who works it and nothing waits unseen.
 */
@Schema(description = "A contact awaiting a decision: the contact in full (withheld false), or a WithheldContact "
        + "(withheld true) when it is about a restricted record the caller is not named on",
        oneOf = {Contact.class, WithheldContact.class})
public sealed interface ContactQueueLine permits Contact, WithheldContact {

    LocalDate decisionDueOn();

    Contact.Status status();

    @JsonProperty("withheld")
    boolean withheld();

    default boolean overdueOn(LocalDate today) {
        return status() != Contact.Status.DECIDED && decisionDueOn().isBefore(today);
    }
}
