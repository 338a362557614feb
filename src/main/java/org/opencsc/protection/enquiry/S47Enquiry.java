package org.opencsc.protection.enquiry;

import org.springframework.modulith.NamedInterface;
import java.time.LocalDate;

/** A Section 47 enquiry: when it started, when the conference is due, and how it ended. */
@NamedInterface("enquiries")
public record S47Enquiry(long id, long strategyDiscussionId, long personId, LocalDate startedOn, LocalDate icpcDueOn,
                         LocalDate completedOn, S47Outcome outcome, String outcomeReason, String completedBy,
                         int version) {

    public boolean open() {
        return completedOn == null;
    }
}
