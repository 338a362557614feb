package org.opencsc.protection.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A strategy discussion as recorded, once read from the request. */
public record StrategyDiscussionInput(
        Long referralId,
        Instant heldAt,
        String information,
        List<Attendee> attendees,
        List<Action> actions,
        S47Decision decision,
        String decisionReason) {

    public record Attendee(String name, StrategyAgency agency, String role) {
    }

    public record Action(String action, String owner, LocalDate dueOn) {
    }
}
