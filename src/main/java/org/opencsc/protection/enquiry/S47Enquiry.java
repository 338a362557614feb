package org.opencsc.protection.enquiry;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** A Section 47 enquiry: when it started, when the conference is due, and how it ended. */
@NamedInterface("enquiries")
public record S47Enquiry(long id, long strategyDiscussionId, long personId, LocalDate startedOn, LocalDate icpcDueOn,
                         LocalDate completedOn, S47Outcome outcome, String outcomeReason, String completedBy,
                         int version) {

    public boolean open() {
        return completedOn == null;
    }
}
