package org.opencsc.protection.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** A recorded strategy discussion, with who attended, what was agreed and who has signed it off. */
@NamedInterface("strategy-discussions")
public record StrategyDiscussion(
        long id,
        long referralId,
        long personId,
        Instant heldAt,
        String recordedBy,
        String information,
        S47Decision decision,
        String decisionReason,
        LocalDate icpcDueOn,
        Long s47EnquiryId,
        int version,
        List<Attendee> attendees,
        List<Action> actions) {

    public record Attendee(long id, String name, StrategyAgency agency, String role, Instant signedOffAt,
                           String signedOffBy) {
        public boolean signedOff() {
            return signedOffAt != null;
        }
    }

    public record Action(String action, String owner, LocalDate dueOn) {
    }

    /** Signed off by every party: the record of the discussion is agreed and can be distributed. */
    public boolean agreedByAll() {
        return attendees.stream().allMatch(Attendee::signedOff);
    }
}
